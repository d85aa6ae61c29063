/// The keys of a title's capitalised words, where a body name can start matching (`TitleEntities.bodyNames`),
/// asked before a name is tokenized: a name's first word's key is then one of them, and an ASCII word's key
/// is its text in lower case, so an ASCII name whose lower case holds none of them matches nowhere in the
/// title. Most of an article's ~100 names and aliases fail this byte test, and each tokenization it spares
/// made three arrays (the title stage's largest cost per article).
struct TitleWordKeys {
    /// The ASCII keys, back to back, and where each ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// The keys' first two bytes, as bits of a 1,024-bit set (`pairBit`), and the one-byte keys' bytes: a name
    /// none of whose byte pairs (or bytes) is here holds no key, which one pass over its bytes tells.
    private var pairs = [UInt64](repeating: 0, count: 16)
    private var singles = [UInt64](repeating: 0, count: 4)

    init(_ tokens: WordTokens) {
        for index in tokens.indices where tokens[index].isWord && tokens[index].isCapitalized && tokens[index].isASCII {
            let key = tokens.keyBytes[tokens[index].keyRange]
            guard let first = key.first else { continue }
            if key.count == 1 {
                singles[Int(first >> 6)] |= 1 << UInt64(first & 63)
            } else {
                let bit = Self.pairBit(first, key[key.startIndex + 1])
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            bytes.append(contentsOf: key)
            ends.append(bytes.count)
        }
    }

    /// False only when `name` cannot start at any of the words: ASCII, and none of the keys is a part of its
    /// lower case. A name with other bytes is always let through (its keys may differ from its lower case).
    func mayStart(_ name: String) -> Bool {
        let text = name.utf8.span
        var candidate = false
        var previous: UInt8 = 0
        for index in text.indices {
            let byte = text[index]
            guard byte < 0x80 else { return true }
            let lower = byte &- 65 < 26 ? byte | 0x20 : byte
            if singles[Int(lower >> 6)] & (1 << UInt64(lower & 63)) != 0 { candidate = true }
            if index > 0, case let bit = Self.pairBit(previous, lower), pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                candidate = true
            }
            previous = lower
        }
        guard candidate else { return false }
        var start = 0
        for end in ends {
            if Self.contains(text, bytes[start..<end]) { return true }
            start = end
        }
        return false
    }

    @inline(__always)
    private static func pairBit(_ first: UInt8, _ second: UInt8) -> Int { (Int(first) &* 31 &+ Int(second)) & 1023 }

    /// Whether `text` in ASCII lower case holds `part` (lower case already).
    private static func contains(_ text: Span<UInt8>, _ part: ArraySlice<UInt8>) -> Bool {
        guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
        for offset in 0...(text.count - part.count) {
            var matched = 0
            for byte in part {
                let written = text[offset + matched]
                guard (written &- 65 < 26 ? written | 0x20 : written) == byte else { break }
                matched += 1
            }
            if matched == part.count { return true }
        }
        return false
    }
}
