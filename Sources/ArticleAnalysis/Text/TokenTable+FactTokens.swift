/// The amount, date and quote scanners' tokens (`FactToken`) read from the token table's rows instead of a
/// second tokenizer over every byte (issue 17: one token table). The two rule sets split the same text
/// differently only inside runs of touching tokens ("Iran’s", "2,000", "mid-2023", "5G", "U.S."): a table
/// token that stands alone between blanks is one fact token, made from the row and its lexeme (a word of
/// ASCII letters, with the lexeme's packed `WordKey`; one ASCII mark). Each other run, bounded by blanks
/// on both sides, is split by `FactTokenizer`'s rules over its own bytes: no rule looks past a blank, so
/// the result is exactly `FactTokenizer.tokenize` of the whole sentence (`TokenLayerCheck` checks it).
extension TokenTable {
    /// `FactTokenizer.tokenize` of sentence `sentence`'s text (offsets into it), into `result`.
    func factTokens(ofSentence sentence: Int, into result: inout [FactToken]) {
        result.removeAll(keepingCapacity: true)
        let words = sentences[sentence]
        let rows = words.tokens.span
        let text = words.textBytes.span
        let lexemeIDs = lexemes.span
        let first = firstToken[sentence]
        let count = rows.count
        result.reserveCapacity(count + count / 4)
        var index = 0
        while index < count {
            let row = rows[index]
            var lower = row.textRange.lowerBound
            var upper = row.textRange.upperBound
            // A sentence that does not open with a blank or a token: the bytes before belong to the run.
            if index == 0, lower > 0, !Self.isFactBlank(text, 0..<lower) { lower = 0 }
            var next = index + 1
            while next < count {
                let start = rows[next].textRange.lowerBound
                guard start == upper || !Self.isFactBlank(text, upper..<start) else { break }
                upper = rows[next].textRange.upperBound
                next += 1
            }
            if next == count, upper < text.count, !Self.isFactBlank(text, upper..<text.count) { upper = text.count }
            if next == index &+ 1, lower == row.textRange.lowerBound, upper == row.textRange.upperBound {
                // A row alone between blanks: a word of ASCII letters, or one ASCII mark, is one fact token.
                let length = upper &- lower
                if row.isWord {
                    if row.isASCII, row.keyLength == length {
                        let (lettersOnly, key) = vocabulary.letterKey(lexemeIDs[first &+ index])
                        if lettersOnly {
                            result.append(Self.word(row, key, text))
                            index = next
                            continue
                        }
                    }
                } else if length == 1, let mark = Self.mark(text[lower], at: lower) {
                    result.append(mark)
                    index = next
                    continue
                }
            }
            FactTokenizer.append(text, lower..<upper, into: &result)
            index = next
        }
    }

    /// The fact token of a row of ASCII letters with blanks (or the sentence's ends) on both sides.
    @inline(__always)
    private static func word(_ row: WordToken, _ key: WordKey, _ text: Span<UInt8>) -> FactToken {
        let range = row.textRange
        let capitalized = row.isCapitalized
        // `FactTokenizer.scanWord`'s plural rule, on the text as written (a final capital "S" is no plural).
        var looksPlural = false
        if range.count >= 3, text[range.upperBound &- 1] == UInt8(ascii: "s") {
            let before = text[range.upperBound &- 2]
            looksPlural = before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && (before != UInt8(ascii: "i") || capitalized)
        }
        return FactToken(
            kind: .word, start: range.lowerBound, end: range.upperBound, spaceBefore: true, capitalized: capitalized,
            upperCase: capitalized && (row.isAllCaps || range.count == 1), key: key, looksPlural: looksPlural)
    }

    /// The fact token of one ASCII mark standing alone, or nil for any other byte.
    @inline(__always)
    private static func mark(_ byte: UInt8, at offset: Int) -> FactToken? {
        switch byte {
        case UInt8(ascii: "$"): return FactToken(kind: .currency, start: offset, end: offset &+ 1, spaceBefore: true)
        case UInt8(ascii: "%"): return FactToken(kind: .percentSign, start: offset, end: offset &+ 1, spaceBefore: true)
        case UInt8(ascii: "-"): return FactToken(kind: .dash, start: offset, end: offset &+ 1, spaceBefore: true)
        case 0..<0x80 where byte &- UInt8(ascii: "0") >= 10 && (byte | 0x20) &- UInt8(ascii: "a") >= 26:
            var token = FactToken(kind: .punctuation, start: offset, end: offset &+ 1, spaceBefore: true)
            token.byte = byte
            return token
        default: return nil
        }
    }

    /// Whether `bytes[range]` is all blanks as `FactTokenizer` reads them (space, tab, line ends, no-break
    /// space). The table's tokenizer also passes over other Unicode spaces, which the fact rules read as
    /// tokens: such a gap joins the runs on both sides, so their bytes are split by the fact rules.
    @inline(__always)
    static func isFactBlank(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
            } else if byte == 0xC2, index + 1 < range.upperBound, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }
}
