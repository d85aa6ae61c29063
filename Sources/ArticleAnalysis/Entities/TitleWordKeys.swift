/// The keys of a title's capitalised words, where a body name can start matching (`TitleEntities.bodyNames`),
/// asked before a name is tokenized: a name's first word's key is then one of them, and an ASCII word's key
/// is its text in lower case, so an ASCII name whose lower case holds none of them matches nowhere in the
/// title. Most of an article's ~100 names and aliases fail this byte test, and each tokenization it spares
/// made three arrays (the title stage's largest cost per article).
struct TitleWordKeys {
    /// The ASCII keys, back to back, and where each ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    init(_ tokens: WordTokens) {
        for index in tokens.indices where tokens[index].isWord && tokens[index].isCapitalized && tokens[index].isASCII {
            bytes.append(contentsOf: tokens.keyBytes[tokens[index].keyRange])
            ends.append(bytes.count)
        }
    }

    /// False only when `name` cannot start at any of the words: ASCII, and none of the keys is a part of its
    /// lower case. A name with other bytes is always let through (its keys may differ from its lower case).
    func mayStart(_ name: String, scratch lowered: inout [UInt8]) -> Bool {
        lowered.removeAll(keepingCapacity: true)
        for byte in name.utf8 {
            guard byte < 0x80 else { return true }
            lowered.append(byte &- 65 < 26 ? byte | 0x20 : byte)
        }
        var start = 0
        for end in ends {
            if Self.contains(lowered, bytes[start..<end]) { return true }
            start = end
        }
        return false
    }

    private static func contains(_ text: [UInt8], _ part: ArraySlice<UInt8>) -> Bool {
        guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
        let first = part[part.startIndex]
        for offset in 0...(text.count - part.count) where text[offset] == first {
            if text[offset..<(offset + part.count)].elementsEqual(part) { return true }
        }
        return false
    }
}
