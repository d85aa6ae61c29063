extension TokenTable {
    /// Per sentence, whether it has an ASCII digit or an ASCII letter run `isNumberWord` accepts (as a
    /// `WordKey`): the amount scanner's first test, since every amount has a written number, so a sentence
    /// without either is not tokenised for amounts at all. Read per lexeme from its key when the token is
    /// written as its ASCII key (most tokens), else from the token's own bytes.
    func sentencesWithNumbers(isNumberWord: (WordKey) -> Bool) -> [Bool] {
        var lexemeHint = [UInt8](repeating: 2, count: vocabulary.count)  // 2: not yet worked out
        let keys = vocabulary.keyBytes.span
        return sentences.indices.map { sentence in
            let tokens = sentences[sentence].tokens
            let textBytes = sentences[sentence].textBytes
            let text = textBytes.span
            let first = firstToken[sentence]
            for index in tokens.indices where tokens[index].isWord {
                let token = tokens[index]
                if token.isASCII, token.textRange.count == token.keyRange.count {
                    let lexeme = Int(lexemes[first + index])
                    if lexemeHint[lexeme] == 2 {
                        lexemeHint[lexeme] = Self.hasNumber(keys, vocabulary[Int32(lexeme)].keyRange, isNumberWord) ? 1 : 0
                    }
                    if lexemeHint[lexeme] == 1 { return true }
                } else if Self.hasNumber(text, token.textRange, isNumberWord) {
                    return true
                }
            }
            return false
        }
    }

    /// Per sentence, whether it has an ASCII digit or a capital starting one of `stems` (three bytes packed
    /// big-endian, "Jan") at a token's start or after a hyphen inside a token: the date scanner's first
    /// test (its byte test reads a stem at the text's start or after a space or "-"). Digits are looked
    /// for once per lexeme.
    func sentencesWithDateHints(stems: Set<UInt32>) -> [Bool] {
        let packedStems = Array(stems)
        var lexemeHasDigit = [UInt8](repeating: 2, count: vocabulary.count)  // 2: not yet worked out
        let keys = vocabulary.keyBytes.span
        return sentences.indices.map { sentence in
            let tokens = sentences[sentence].tokens
            let textBytes = sentences[sentence].textBytes
            let text = textBytes.span
            let first = firstToken[sentence]
            for index in tokens.indices {
                let token = tokens[index]
                let range = token.textRange
                if token.hasASCIICapital {
                    if token.hasHyphen { return true }
                    if range.count >= 3, text[range.lowerBound] &- UInt8(ascii: "A") < 26 {
                        let packed = UInt32(text[range.lowerBound]) << 16 | UInt32(text[range.lowerBound + 1]) << 8
                            | UInt32(text[range.lowerBound + 2])
                        if packedStems.contains(packed) { return true }
                    }
                }
                guard token.isWord else { continue }
                if token.isASCII, range.count == token.keyRange.count {
                    let lexeme = Int(lexemes[first + index])
                    if lexemeHasDigit[lexeme] == 2 { lexemeHasDigit[lexeme] = Self.hasDigit(keys, vocabulary[Int32(lexeme)].keyRange) ? 1 : 0 }
                    if lexemeHasDigit[lexeme] == 1 { return true }
                } else if Self.hasDigit(text, range) {
                    return true
                }
            }
            return false
        }
    }

    private static func hasDigit(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where bytes[index] &- UInt8(ascii: "0") < 10 { return true }
        return false
    }

    /// Whether `bytes[range]` holds an ASCII digit or a maximal run of ASCII letters whose key is accepted.
    private static func hasNumber(_ bytes: Span<UInt8>, _ range: Range<Int>, _ isNumberWord: (WordKey) -> Bool) -> Bool {
        var packed: UInt64 = 0
        var letters = 0
        for index in range {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 { return true }
            let letter = (byte | 0x20) &- 0x60
            if letter &- 1 < 26 {
                packed = packed &<< 5 | UInt64(letter)
                letters += 1
                continue
            }
            if letters > 0, letters <= WordKey.maximumLetters, isNumberWord(WordKey(rawValue: packed)) { return true }
            (packed, letters) = (0, 0)
        }
        return letters > 0 && letters <= WordKey.maximumLetters && isNumberWord(WordKey(rawValue: packed))
    }
}
