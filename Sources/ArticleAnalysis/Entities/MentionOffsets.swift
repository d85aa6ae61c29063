/// Places every mention in the record's `text` (the clean text) as Unicode scalar offsets, end exclusive:
/// the unit Python and jq slice strings by, so `text[start:end]` is the mention as written. The
/// recogniser sees sentences alone; each `Sentence` knows its UTF-8 range in the clean text, so one walk
/// over the text's bytes turns sentence starts into scalar counts, and a mention's bytes inside its
/// sentence are counted from there (no String index arithmetic).
enum MentionOffsets {
    static func assign(_ found: inout [SentenceEntities], text: String, sentences: [Sentence]) {
        var text = text
        text.withUTF8 { bytes in
            var byte = 0
            var scalars = 0
            for index in found.indices where index < sentences.count && !found[index].mentions.isEmpty {
                let range = sentences[index].range
                // Ranges come in reading order; one that is unknown or does not hold this sentence's
                // bytes (a document built by hand) leaves its mentions without offsets.
                guard range.lowerBound >= byte, range.upperBound <= bytes.count,
                    range.count == found[index].tokens.textBytes.count
                else { continue }
                while byte < range.lowerBound {
                    if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
                    byte += 1
                }
                let tokens = found[index].tokens
                for position in found[index].mentions.indices {
                    let mention = found[index].mentions[position]
                    let span = mention.surfaceTokens ?? mention.tokens
                    guard !span.isEmpty else { continue }
                    let lower = tokens[span.lowerBound].textRange.lowerBound
                    let upper = tokens[span.upperBound - 1].textRange.upperBound
                    let start = scalars + scalarCount(tokens.textBytes, 0..<lower)
                    found[index].mentions[position].textRange = start..<(start + scalarCount(tokens.textBytes, lower..<upper))
                }
            }
        }
    }

    /// Scalars in `bytes[range]` of valid UTF-8: the bytes that are not continuation bytes.
    @inline(__always)
    private static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
