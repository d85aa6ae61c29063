/// Places every mention in the record's `text` (the clean text) as Unicode scalar offsets, end exclusive:
/// the unit Python and jq slice strings by, so `text[start:end]` is the mention as written. The
/// recogniser sees sentences alone; each `Sentence` knows its UTF-8 range in the clean text. One cursor
/// walks the text's bytes forward, counting scalars, to each mention's start and end in turn (mentions come
/// in reading order), so each byte is counted about once per article and no String index is made.
enum MentionOffsets {
    static func assign(_ found: inout [SentenceEntities], text: String, sentences: [Sentence]) {
        let bytes = text.utf8.span
        var cursor = ScalarCursor()
        for index in found.indices where index < sentences.count && !found[index].mentions.isEmpty {
            let range = sentences[index].range
            // Ranges come in reading order; one that is unknown or does not hold this sentence's
            // bytes (a document built by hand) leaves its mentions without offsets.
            guard range.lowerBound >= cursor.byte, range.upperBound <= bytes.count,
                range.count == found[index].tokens.textBytes.count
            else { continue }
            cursor.advance(to: range.lowerBound, in: bytes)
            let sentenceStart = cursor
            let tokens = found[index].tokens
            for position in found[index].mentions.indices {
                // The two ranges read in place (a copy of the mention retains each of its strings).
                let span = found[index].mentions[position].surfaceTokens ?? found[index].mentions[position].tokens
                guard !span.isEmpty else { continue }
                let lower = range.lowerBound + tokens[span.lowerBound].textRange.lowerBound
                let upper = range.lowerBound + tokens[span.upperBound - 1].textRange.upperBound
                if lower < cursor.byte { cursor = sentenceStart }  // out of order: count again from the sentence
                cursor.advance(to: lower, in: bytes)
                let start = cursor.scalars
                cursor.advance(to: upper, in: bytes)
                found[index].mentions[position].textRange = start..<cursor.scalars
            }
        }
    }
}

/// A byte position in UTF-8 text and the number of scalars before it.
private struct ScalarCursor {
    var byte = 0
    var scalars = 0

    /// Moves forward to `target`, counting the bytes that start a scalar (all but continuation bytes), eight
    /// at a time: a continuation byte is 10xxxxxx, so its top bit is set and the next bit (shifted up onto the
    /// top bit) is not.
    @inline(__always)
    mutating func advance(to target: Int, in bytes: Span<UInt8>) {
        guard byte < target else { return }
        var index = byte
        var continuations = 0
        while index + 8 <= target {
            let word = bytes.word64(at: index)
            continuations += (word & ~(word << 1) & ByteWord.highBits).nonzeroBitCount
            index += 8
        }
        scalars += index - byte - continuations
        while index < target {
            if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        byte = target
    }
}
