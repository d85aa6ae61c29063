/// Splits a sentence's UTF-8 bytes into words and block breaks the way YAKE reads text: a word is a run of
/// letters and digits with inner hyphens, apostrophes and dots ("U.S", "al-Assad", "don't"); a possessive
/// "'s" is dropped; other punctuation ends a block, so no candidate phrase spans a comma or a quote.
struct WordScanner {
    enum Piece {
        /// A word: its byte range in the sentence and its shape.
        case word(start: Int, end: Int, shape: WordShape)
        case blockBreak
    }

    /// The orthographic shape YAKE's features read.
    enum WordShape {
        case number, unusual, acronym, capitalised, plain
    }

    private enum CharacterClass: Equatable { case letter(upper: Bool, lower: Bool), digit, connector, apostrophe, space, punctuation }

    /// Calls `visit` for each piece of `bytes` in order.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Piece) -> Void) {
        var index = 0
        let end = bytes.count
        while index < end {
            let (kind, length) = classify(bytes, index)
            switch kind {
            case .space:
                index += length
                continue
            case .punctuation, .connector, .apostrophe:
                visit(.blockBreak)
                index += length
                continue
            case .letter, .digit:
                break
            }
            let start = index
            var wordEnd = index
            var letters = 0, digits = 0, uppers = 0, lowers = 0
            var firstIsUpper = false
            var cursor = index
            scanning: while cursor < end {
                let (kind, length) = classify(bytes, cursor)
                switch kind {
                case let .letter(upper, lower):
                    if cursor == start { firstIsUpper = upper }
                    letters += 1
                    if upper { uppers += 1 }
                    if lower { lowers += 1 }
                case .digit:
                    digits += 1
                case .connector, .apostrophe:
                    // Inside a word only when a letter follows (or a digit, for "4,000" and "2.5").
                    let next = cursor + length
                    guard next < end else { break scanning }
                    if case .apostrophe = kind, isPossessive(bytes, next) { break scanning }
                    switch classify(bytes, next).0 {
                    case .letter: break
                    case .digit where kind == .connector: break
                    default: break scanning
                    }
                case .space, .punctuation:
                    break scanning
                }
                cursor += length
                wordEnd = cursor
            }
            let shape: WordShape
            if letters == 0 {
                shape = .number
            } else if digits > 0 {
                shape = .unusual
            } else if lowers == 0 && uppers > 0 {
                shape = .acronym
            } else if firstIsUpper && uppers == 1 {
                shape = .capitalised
            } else {
                shape = .plain
            }
            visit(.word(start: start, end: wordEnd, shape: shape))
            index = wordEnd
            if index < end, case .apostrophe = classify(bytes, index).0, isPossessive(bytes, index + classify(bytes, index).1) {
                index += classify(bytes, index).1 + 1
            }
        }
    }

    /// "s" or "S" ending a word after an apostrophe.
    private static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "s") else { return false }
        guard index + 1 < bytes.count else { return true }
        switch classify(bytes, index + 1).0 {
        case .letter, .digit: return false
        default: return true
        }
    }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (CharacterClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return (.letter(upper: false, lower: true), 1)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return (.letter(upper: true, lower: false), 1)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return (.digit, 1)
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ","): return (.connector, 1)
            case UInt8(ascii: "'"): return (.apostrophe, 1)
            case 0x09...0x0D, 0x20: return (.space, 1)
            default: return (.punctuation, 1)
            }
        }
        let (scalar, length) = decode(bytes, index)
        if scalar.value == 0x2019 { return (.apostrophe, length) }
        if scalar.value == 0x00A0 || scalar.properties.isWhitespace { return (.space, length) }
        let properties = scalar.properties
        if properties.isAlphabetic { return (.letter(upper: properties.isUppercase, lower: properties.isLowercase), length) }
        if properties.numericType != nil { return (.digit, length) }
        return (.punctuation, length)
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
