/// Finds sentence ends among a paragraph's tokens. A boundary follows terminal punctuation (. ! ? … and runs
/// of them, with any closing quotes or brackets) when the next token starts with a capital, a digit or an
/// opening quote. Abbreviations and initials carry their full stop inside the word token (see `Tokenizer`),
/// so "Dr. Ebrahim", "H. RES. 100" and "3.5" never split; after "U.S." or an initial, a boundary is made only
/// when the next word usually opens a sentence ("… in the U.S. The company …").
enum SentenceSplitter {
    /// Abbreviations that always precede a name or number, so never end a sentence.
    private static let prefixTitles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.", "sgt.", "capt.", "gov.", "sen.", "rep.",
        "rev.", "hon.", "pres.", "adm.", "maj.", "st.", "mt.", "fig.", "vol.", "pp.", "res.",
    ]
    // "No." and "Nos." are not here: before a number they never split anyway (a number is no opener word),
    // and before an opener word they are the word "no" ending a sentence ("Oh, no. It seems …").

    /// Most tokens one sentence may hold; a run without a boundary is cut here. Real sentences never get near:
    /// the longest in seeds/*.txt has 83 tokens, and even long legal sentences stay in the low hundreds. Without
    /// a cap, an endless run of abbreviations ("Dr. Dr. Dr. …", 10 MiB: one 2.6-million-token sentence, issue 8)
    /// made every later per-sentence stage work on one unbounded piece (> 10 minutes and > 1.5 GiB in release).
    static let maxTokensPerSentence = 1_000

    /// Token index ranges, one per sentence.
    static func sentences(in text: Substring, tokens: [Tokenizer.RawToken]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        Self.sentences(in: text, tokens: tokens, into: &sentences)
        return sentences
    }

    /// `sentences(in:tokens:)` into `sentences`, emptied first: the segment stage reuses one array for every
    /// paragraph instead of growing a new one each time.
    static func sentences(in text: Substring, tokens: [Tokenizer.RawToken], into sentences: inout [Range<Int>]) {
        sentences.removeAll(keepingCapacity: true)
        var utf8 = text
        utf8.withUTF8 { Self.sentences(in: text, bytes: $0, tokens: tokens, into: &sentences) }
    }

    /// `bytes` are the UTF-8 of `text`: the per-token tests compare bytes; only the rarer ones slice `text`.
    private static func sentences(
        in text: Substring, bytes: UnsafeBufferPointer<UInt8>, tokens: [Tokenizer.RawToken], into sentences: inout [Range<Int>]
    ) {
        var start = 0
        var index = 0
        while index < tokens.count {
            var end: Int?
            let token = tokens[index]
            if token.kind == .punctuation, isTerminal(bytes, token.range) {
                var last = index
                while last + 1 < tokens.count, tokens[last + 1].kind == .punctuation,
                    isTerminal(bytes, tokens[last + 1].range)
                        || isClosing(bytes, tokens[last + 1].range) && !opensAfterSpace(bytes, tokens[last], tokens[last + 1])
                {
                    last += 1
                }
                if last + 1 >= tokens.count || opensSentence(text, bytes, tokens[last + 1]) { end = last }
                index = last
            } else if token.isAbbreviation, index + 1 < tokens.count,
                !prefixTitles.contains(slice(text, token.range).lowercased()),
                isOpenerWord(slice(text, tokens[index + 1].range))
            {
                end = index
            }
            if end == nil, index - start + 1 >= maxTokensPerSentence { end = index }
            if let end {
                sentences.append(start..<(end + 1))
                start = end + 1
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
    }

    static func slice(_ text: Substring, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return text[lower..<upper]
    }

    /// `. ! ? … ‼ ⁉` (a run of full stops is one token). Byte comparisons: none of these marks has another
    /// canonically equivalent spelling, so they answer what String equality did.
    private static func isTerminal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let first = bytes[range.lowerBound]
        if range.count == 1 { return first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") }
        if first == UInt8(ascii: ".") { return true }
        return range.count == 3 && (isScalar(bytes, range, 0xE2, 0x80, 0xA6) || isScalar(bytes, range, 0xE2, 0x80, 0xBC)
            || isScalar(bytes, range, 0xE2, 0x81, 0x89))
    }

    /// `" ' ” ’ ) ] » ›`.
    private static func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let first = bytes[range.lowerBound]
        switch range.count {
        case 1: return first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == UInt8(ascii: ")")
            || first == UInt8(ascii: "]")
        case 2: return first == 0xC2 && bytes[range.lowerBound + 1] == 0xBB  // »
        case 3: return isScalar(bytes, range, 0xE2, 0x80, 0x9D) || isScalar(bytes, range, 0xE2, 0x80, 0x99)
            || isScalar(bytes, range, 0xE2, 0x80, 0xBA)  // ” ’ ›
        default: return false
        }
    }

    /// A straight quote with a space before it, after a sentence's end, opens the next sentence
    /// (`… said. "The talks …`): only a quote that touches the stop closes it. `make eval-sentences` found
    /// this the commonest error on the labelled benchmark pages (44 of 133); curly quotes say which they are.
    private static func opensAfterSpace(
        _ bytes: UnsafeBufferPointer<UInt8>, _ previous: Tokenizer.RawToken, _ quote: Tokenizer.RawToken
    ) -> Bool {
        guard quote.range.count == 1, quote.range.lowerBound > previous.range.upperBound else { return false }
        let byte = bytes[quote.range.lowerBound]
        return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    @inline(__always)
    private static func isScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        bytes[range.lowerBound] == a && bytes[range.lowerBound + 1] == b && bytes[range.lowerBound + 2] == c
    }

    /// A word that starts with an ASCII byte (a letter: a digit starts a number) opens one when that letter
    /// is a capital, read from the byte; other tokens by their first scalar's properties.
    private static func opensSentence(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>, _ token: Tokenizer.RawToken) -> Bool {
        if token.kind == .word, !token.range.isEmpty, bytes[token.range.lowerBound] < 0x80 {
            return bytes[token.range.lowerBound] &- UInt8(ascii: "A") < 26
        }
        let piece = slice(text, token.range)
        guard let first = piece.unicodeScalars.first else { return false }
        if token.kind == .number { return true }
        if token.kind == .word { return first.properties.isUppercase || !first.properties.isLowercase && first.properties.isAlphabetic }
        return ["\"", "'", "“", "‘", "(", "[", "«", "—", "–", "-"].contains(piece)
    }

    private static func isOpenerWord(_ word: Substring) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        return Abbreviations.sentenceOpeners.contains(word.lowercased())
    }
}
