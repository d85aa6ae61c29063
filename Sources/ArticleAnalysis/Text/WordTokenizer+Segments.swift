/// The token table's tokens of each sentence, made from the segmenter's tokens of its paragraph instead of
/// a second scan of every byte (issue 17: one tokenising pass). Where the two tokenizers' rules agree the
/// segmenter's token is taken whole: a run of ASCII letters and digits is one word in both, and one ASCII
/// mark other than `&` and `'` is one token in both (`&` joins "AT&T" here, `'` may open a possessive
/// "'s"). A run of tokens touching one another with any other token in it (joined words, numbers with
/// separators, abbreviations, non-ASCII) is split by `WordTokenizer.scan` over its bytes. A segmenter token
/// marked plain brings its hashes and case flags along (`Tokenizer.RawToken.plain`), so its bytes are not
/// read here at all: whitespace bounds
/// it, so it splits as in the whole sentence. The keys of ASCII tokens are the text lower-cased at the
/// same offsets, so the sentence's key bytes start as its bytes lower-cased.
extension WordTokenizer {
    /// Each sentence's tokens, exactly `tokens(of:)` of its text. `sentences`: ranges into `raw`, the
    /// segmenter's tokens of `paragraph` (UTF-8 offsets into it), as `SentenceSplitter` gave them.
    static func tokens(ofSentences sentences: [Range<Int>], in paragraph: Substring, raw: [Tokenizer.RawToken]) -> [WordTokens] {
        var result: [WordTokens] = []
        appendTokens(ofSentences: sentences, in: paragraph, raw: raw, to: &result)
        return result
    }

    /// `tokens(ofSentences:in:raw:)` appended to `result` (the segment stage's array for the whole article).
    static func appendTokens(
        ofSentences sentences: [Range<Int>], in paragraph: Substring, raw: [Tokenizer.RawToken], to result: inout [WordTokens]
    ) {
        var paragraph = paragraph
        paragraph.withUTF8 { bytes in
            for sentence in sentences {
                let range = raw[sentence.lowerBound].range.lowerBound..<raw[sentence.upperBound - 1].range.upperBound
                result.append(tokens(of: UnsafeBufferPointer(rebasing: bytes[range]), base: range.lowerBound, raw: raw[sentence]))
            }
        }
    }

    /// The tokens of `bytes`, a sentence that starts at `base` in the text of `raw`'s offsets.
    private static func tokens(of bytes: UnsafeBufferPointer<UInt8>, base: Int, raw: ArraySlice<Tokenizer.RawToken>) -> WordTokens {
        let count = bytes.count
        var tokens: [WordToken] = []
        tokens.reserveCapacity(raw.count + raw.count / 4)
        var extraKeys: [UInt8] = []
        var keys = [UInt8](unsafeUninitializedCapacity: count) { keyBuffer, initialized in
            ASCIILowercase.copy(bytes, to: keyBuffer)
            var position = raw.startIndex
            while position < raw.endIndex {
                let chunkStart = tokens.count
                var end = position
                var taken = true
                // The run of tokens from `position` that touch one another; taken whole while each is.
                repeat {
                    let range = (raw[end].range.lowerBound - base)..<(raw[end].range.upperBound - base)
                    if taken {
                        if raw[end].isPlain {
                            tokens.append(raw[end].plain.token(range))
                        } else if let token = takenToken(bytes, range, keyBuffer: keyBuffer, extraKeys: &extraKeys) {
                            tokens.append(token)
                        } else {
                            taken = false
                        }
                    }
                    end += 1
                } while end < raw.endIndex && raw[end].range.lowerBound == raw[end - 1].range.upperBound
                if !taken {
                    tokens.removeSubrange(chunkStart...)
                    let chunk = (raw[position].range.lowerBound - base)..<(raw[end - 1].range.upperBound - base)
                    scan(
                        UnsafeBufferPointer(rebasing: bytes[chunk]), keyBuffer: UnsafeMutableBufferPointer(rebasing: keyBuffer[chunk]),
                        extraKeysAt: count, into: &tokens, extraKeys: &extraKeys)
                    // `scan` gave offsets from the chunk's start; keys after the text (`extraKeysAt` on) stay.
                    for index in chunkStart..<tokens.count {
                        let token = tokens[index]
                        let shift = chunk.lowerBound
                        if token.keyRange == token.textRange {
                            tokens[index].keyRange = (token.keyRange.lowerBound + shift)..<(token.keyRange.upperBound + shift)
                        }
                        tokens[index].textRange = (token.textRange.lowerBound + shift)..<(token.textRange.upperBound + shift)
                    }
                }
                position = end
            }
            initialized = count
        }
        if !extraKeys.isEmpty { keys.append(contentsOf: extraKeys) }
        return WordTokens(tokens: tokens, textBytes: Array(bytes), keyBytes: keys)
    }

    /// The token for the segmenter's token at `range` when both tokenizers see it as one token: ASCII
    /// letters and digits only (a word), or one ASCII byte that is neither a letter, a digit, `&` nor `'`.
    @inline(__always)
    private static func takenToken(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, keyBuffer: UnsafeMutableBufferPointer<UInt8>,
        extraKeys: inout [UInt8]
    ) -> WordToken? {
        var plain = PlainWord()
        var index = range.lowerBound
        while index < range.upperBound, plain.add(bytes[index]) != nil { index += 1 }
        if index == range.upperBound { return plain.token(range) }
        guard range.count == 1 else { return nil }
        let byte = bytes[range.lowerBound]
        guard byte < 0x80, byte != UInt8(ascii: "&"), byte != UInt8(ascii: "'") else { return nil }
        return make(bytes, range.lowerBound, range.upperBound, isWord: false, keyBuffer: keyBuffer, extraKeys: &extraKeys, extraKeysAt: bytes.count)
    }
}
