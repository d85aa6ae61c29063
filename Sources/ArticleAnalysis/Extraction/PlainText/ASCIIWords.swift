/// Word splits of the plain-text rules read on bytes when the text is ASCII: there every byte is a Character,
/// so a byte 0x20 is exactly the Character " " and trimming bytes is trimming Characters. Other text takes
/// the Character walk, which cost several hundred instructions a byte (`split(separator:)` in callgrind).
enum ASCIIWords {
    /// `text.split(separator: " ", maxSplits: limit).prefix(limit)`: the first `limit` words.
    static func first(_ limit: Int, of text: String) -> [Substring] {
        let bytes = text.utf8.span
        var offsets: [Range<Int>] = []
        var start = 0
        for index in bytes.indices {
            guard bytes[index] < 0x80 else { return Array(text.split(separator: " ", maxSplits: limit).prefix(limit)) }
            guard offsets.count < limit, bytes[index] == 0x20 else { continue }
            if index > start { offsets.append(start..<index) }
            start = index + 1
        }
        if offsets.count < limit, bytes.count > start { offsets.append(start..<bytes.count) }
        return offsets.map { SentenceSplitter.slice(text[...], $0) }
    }

    /// `word.trimmingCharacters(in: set)`; for an ASCII word read on bytes, `isInSet` naming the set's ASCII
    /// characters (the shared trimming builds an array of the set's bytes on every call).
    static func trimming(_ word: Substring, _ set: String, ascii isInSet: (UInt8) -> Bool) -> String {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return word.trimmingCharacters(in: set) }
        guard let first = utf8.firstIndex(where: { !isInSet($0) }), let last = utf8.lastIndex(where: { !isInSet($0) }) else {
            return ""
        }
        return String(word[first...last])
    }
}
