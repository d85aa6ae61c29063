extension TokenTable {
    /// Per sentence, whether it has an ASCII digit or an ASCII letter run `isNumberWord` accepts (as a
    /// `WordKey`): the amount scanner's first test, since every amount has a written number, so a sentence
    /// without either is not tokenised for amounts at all. Read per lexeme from its key when the token is
    /// written as its ASCII key (most tokens), else from the token's own bytes.
    /// `letters`: the lengths number words have, so shorter and longer runs are not looked up.
    func sentencesWithNumbers(letters: ClosedRange<Int>, isNumberWord: (WordKey) -> Bool) -> [Bool] {
        // Per lexeme: 2 not yet worked out, 1 its key has a number, 0 it has none. One flat loop over the
        // article's tokens, the per-sentence arrays read through spans (no copies, no reference counting).
        var lexemeHint = [UInt8](repeating: 2, count: vocabulary.count)
        var result = [Bool](repeating: false, count: sentences.count)
        let keys = vocabulary.keyBytes.span
        let lexemes = self.lexemes.span
        let firstToken = self.firstToken.span
        let sentences = self.sentences.span
        for sentence in sentences.indices {
            let tokens = sentences[sentence].tokens.span
            let first = firstToken[sentence]
            for index in tokens.indices {
                let token = tokens[index]
                guard token.isWord else { continue }
                let found: Bool
                if token.isASCII, token.textRange.count == token.keyRange.count {
                    let lexeme = Int(lexemes[first &+ index])
                    var hint = lexemeHint[lexeme]
                    if hint == 2 {
                        hint = Self.hasNumber(vocabulary[Int32(lexeme)], keys, letters, isNumberWord) ? 1 : 0
                        lexemeHint[lexeme] = hint
                    }
                    found = hint == 1
                } else {
                    found = Self.hasNumber(sentences[sentence].textBytes.span, token.textRange, letters, isNumberWord)
                }
                if found {
                    result[sentence] = true
                    break
                }
            }
        }
        return result
    }

    /// `hasNumber` of a lexeme's key, read from its facts where they answer: a digit makes it a number,
    /// and a key of letters only is one run, packed here without the byte tests.
    @inline(__always)
    private static func hasNumber(
        _ lexeme: Vocabulary.Lexeme, _ keys: Span<UInt8>, _ letters: ClosedRange<Int>, _ isNumberWord: (WordKey) -> Bool
    ) -> Bool {
        let facts = lexeme.facts
        let range = lexeme.keyRange
        guard facts.isASCII else { return hasNumber(keys, range, letters, isNumberWord) }
        if facts.digits > 0 { return true }
        guard Int(facts.letters) == range.count else { return hasNumber(keys, range, letters, isNumberWord) }
        guard letters.contains(range.count) else { return false }
        // A key of letters only, of up to `WordKey.maximumLetters`, was packed when it entered the vocabulary.
        if range.count <= WordKey.maximumLetters { return isNumberWord(lexeme.wordKey) }
        var packed: UInt64 = 0
        for index in range { packed = packed &<< 5 | UInt64(keys[index] &- 0x60) }
        return isNumberWord(WordKey(rawValue: packed))
    }

    /// Whether `bytes[range]` holds an ASCII digit or a maximal run of ASCII letters, of a length in
    /// `letters`, whose key is accepted.
    private static func hasNumber(
        _ bytes: Span<UInt8>, _ range: Range<Int>, _ letters: ClosedRange<Int>, _ isNumberWord: (WordKey) -> Bool
    ) -> Bool {
        var packed: UInt64 = 0
        var count = 0
        for index in range {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 { return true }
            let letter = (byte | 0x20) &- 0x60
            if letter &- 1 < 26 {
                packed = packed &<< 5 | UInt64(letter)
                count += 1
                continue
            }
            if letters.contains(count), isNumberWord(WordKey(rawValue: packed)) { return true }
            (packed, count) = (0, 0)
        }
        return letters.contains(count) && isNumberWord(WordKey(rawValue: packed))
    }
}
