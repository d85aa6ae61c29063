/// Splits UTF-8 into `FactToken`s in one pass over the bytes: runs of letters, numbers with their
/// "2,000" / "12.5" separators, currency symbols, `%`, dashes and single punctuation marks; no regular
/// expressions and no per-character `String` work. The amount, date and quote scanners read these tokens
/// from the token table (`TokenTable.factTokens(ofSentence:)`, `FactTokenWindow`), which call the
/// splitter only for runs of touching tokens and for a window's edges; a publication date string is
/// split here whole.
enum FactTokenizer {
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [FactToken]) {
        tokens.removeAll(keepingCapacity: true)
        append(bytes, from: 0, into: &tokens)
    }

    /// The tokens of `bytes[start...]` appended to `tokens`, their offsets counted from `bytes`' start: the
    /// token table's views split a run of touching tokens (or a window's edge) this way, in place.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [FactToken]) {
        var index = start
        var spaceBefore = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                spaceBefore = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {  // no-break space
                spaceBefore = true
                index += 2
                continue
            }
            let start = index
            if isLetterStart(byte) {
                index = scanWord(bytes, from: index, spaceBefore: spaceBefore, into: &tokens)
            } else if isDigit(byte) {
                index = scanNumber(bytes, from: index, spaceBefore: spaceBefore, into: &tokens)
            } else if let (currency, length) = currencySymbol(bytes, at: index) {
                var token = FactToken(kind: .currency, start: start, end: start + length, spaceBefore: spaceBefore)
                token.currency = currency
                tokens.append(token)
                index += length
            } else if byte == UInt8(ascii: "%") {
                tokens.append(FactToken(kind: .percentSign, start: start, end: start + 1, spaceBefore: spaceBefore))
                index += 1
            } else if byte == UInt8(ascii: "-") {
                tokens.append(FactToken(kind: .dash, start: start, end: start + 1, spaceBefore: spaceBefore))
                index += 1
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                tokens.append(FactToken(kind: .dash, start: start, end: start + 3, spaceBefore: spaceBefore))  // – —
                index += 3
            } else {
                let length = byte < 0x80 ? 1 : sequenceLength(byte)
                var token = FactToken(kind: .punctuation, start: start, end: min(start + length, count), spaceBefore: spaceBefore)
                token.byte = byte < 0x80 ? byte : 0
                tokens.append(token)
                index = token.end
            }
            spaceBefore = false
        }
    }

    /// "2,000", "12.5", "1,234.5": a comma counts only before exactly three digits, a point only before a digit.
    private static func scanNumber(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaceBefore: Bool, into tokens: inout [FactToken]
    ) -> Int {
        var token = FactToken(kind: .number, start: start, end: start, spaceBefore: spaceBefore)
        var index = start
        var integer: Double = 0
        var fraction: Double = 0  // the fraction's digits as a whole number, divided once at the end:
        var scale: Double = 1     // "0.6" stays 0.6 rather than picking up rounding from repeated tenths
        var inFraction = false
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                let digit = Double(byte - UInt8(ascii: "0"))
                if inFraction {
                    scale *= 10
                    fraction = fraction * 10 + digit
                } else {
                    integer = integer * 10 + digit
                    token.integerDigits += 1
                }
                index += 1
            } else if byte == UInt8(ascii: ","), !inFraction, isGroupingComma(bytes, at: index) {
                token.hasGrouping = true
                index += 1
            } else if byte == UInt8(ascii: "."), !inFraction, index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                inFraction = true
                token.hasFraction = true
                index += 1
            } else {
                break
            }
        }
        token.end = index
        token.value = (integer * scale + fraction) / scale  // one correctly rounded division: "2.72" → 2.72
        tokens.append(token)
        return index
    }

    /// Letters (ASCII or any non-ASCII letter), with an inner apostrophe kept when a letter follows ("Iran’s").
    /// The lexicon key is packed in the same pass (see `WordKey`): this loop is the tokenizer's hot path.
    @inline(__always)
    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaceBefore: Bool, into tokens: inout [FactToken]
    ) -> Int {
        var index = start
        var packed: UInt64 = 0
        var asciiOnly = true
        let count = bytes.count
        while true {
            // ASCII letters, nearly every byte of a word: (byte | 0x20) - 0x60 is 1…26 for a letter, which
            // is also the letter's 5-bit code. Case is checked afterwards, and only for capitalised words.
            while index < count {
                let letter = (bytes[index] | 0x20) &- 0x60
                guard letter &- 1 < 26 else { break }
                packed = packed &<< 5 | UInt64(letter)
                index += 1
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte >= 0xC3, !isMarkSequence(bytes, at: index) {
                asciiOnly = false
                index += sequenceLength(byte)
            } else if let length = apostropheLength(bytes, at: index), index + length < count,
                isASCIILetter(bytes[index + length])
            {
                asciiOnly = false
                index += length
            } else {
                break
            }
        }
        index = min(index, bytes.count)
        let length = index - start
        var token = FactToken(kind: .word, start: start, end: index, spaceBefore: spaceBefore)
        let first = bytes[start]
        token.capitalized = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
        // Only ASCII letters can be lower-case ASCII bytes here: the other bytes of a word are UTF-8 sequences
        // (0x80 and up) and apostrophes.
        token.upperCase = token.capitalized
            && !UnsafeBufferPointer(rebasing: bytes[start..<index]).contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        if asciiOnly, length <= WordKey.maximumLetters { token.key = WordKey(rawValue: packed) }
        // Plural-looking: ends in a lower-case "s" that is not "-ss", "-us" or a lower-case "-is" ("troops",
        // "Israelis", not "Congress", "various", "virus", "analysis").
        if asciiOnly, length >= 3, bytes[index - 1] == UInt8(ascii: "s") {
            let before = bytes[index - 2]
            token.looksPlural = before != UInt8(ascii: "s") && before != UInt8(ascii: "u")
                && (before != UInt8(ascii: "i") || token.capitalized)
        }
        tokens.append(token)
        return index
    }

    /// The symbol's index into `FactToken.currencyCodes` and its length in bytes.
    private static func currencySymbol(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "$") { return (0, 1) }
        if byte == 0xC2, index + 1 < bytes.count {
            switch bytes[index + 1] {
            case 0xA3: return (1, 2)  // £
            case 0xA5: return (2, 2)  // ¥
            default: return nil
            }
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x82 {
            switch bytes[index + 2] {
            case 0xAC: return (3, 3)  // €
            case 0xB9: return (4, 3)  // ₹
            case 0xBD: return (5, 3)  // ₽
            case 0xBA: return (6, 3)  // ₺
            case 0xA9: return (7, 3)  // ₩
            case 0xAA: return (8, 3)  // ₪
            default: return nil
            }
        }
        return nil
    }

    /// A comma followed by exactly three digits: "2,000" but not "1, 2" or "3,14159".
    private static func isGroupingComma(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 3 < bytes.count else { return false }
        for offset in 1...3 where !isDigit(bytes[index + offset]) { return false }
        return index + 4 == bytes.count || !isDigit(bytes[index + 4])
    }

    /// ’ (U+2019) or ' between letters.
    private static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if bytes[index] == UInt8(ascii: "'") { return 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return 3 }
        return nil
    }

    /// General punctuation (U+2000–U+206F) and currency signs (U+20A0–U+20CF) start with E2 80/81/82: not letters.
    private static func isMarkSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 1 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x82
    }

    private static func isLetterStart(_ byte: UInt8) -> Bool { isASCIILetter(byte) || byte >= 0xC3 && byte != 0xE2 }
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func sequenceLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
