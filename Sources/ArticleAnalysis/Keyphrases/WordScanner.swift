/// Splits a sentence's UTF-8 bytes into words and block breaks the way YAKE reads text: a word is a run of
/// letters and digits with inner hyphens, apostrophes and dots ("U.S", "al-Assad", "don't"); a possessive
/// "'s" is dropped; other punctuation ends a block, so no candidate phrase spans a comma or a quote.
/// ASCII is classified inline; only non-ASCII characters are decoded and looked up.
///
/// The token table's words are YAKE's words nearly always; `KeyphraseReader` reads them from the table and
/// runs this scanner only over the few runs of touching tokens that YAKE splits or joins otherwise
/// ("AT&T", "U.S.", "a,b", "x'9", a possessive after punctuation), so these rules stay the one definition.
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

    /// Character classes as small codes (an enum with payloads cost a third of the scan).
    private enum Class {
        static let space: UInt8 = 0, lower: UInt8 = 1, upper: UInt8 = 2, uncasedLetter: UInt8 = 3, digit: UInt8 = 4
        static let connector: UInt8 = 5, apostrophe: UInt8 = 6, punctuation: UInt8 = 7
    }

    /// Calls `visit` for each piece of `bytes` in order.
    static func scan(_ bytes: Span<UInt8>, _ visit: (Piece) -> Void) {
        var index = 0
        let end = bytes.count
        while index < end {
            let (kind, length) = classify(bytes, index)
            if kind == Class.space {
                index += length
                continue
            }
            if kind >= Class.connector {
                visit(.blockBreak)
                index += length
                continue
            }
            let start = index
            var letters = 0, digits = 0, uppers = 0, lowers = 0
            let firstIsUpper = kind == Class.upper
            var cursor = index
            var (current, currentLength) = (kind, length)
            scanning: while true {
                switch current {
                case Class.lower, Class.upper:
                    letters += 1
                    if current == Class.lower { lowers += 1 } else { uppers += 1 }
                    // The ASCII letters that follow are counted here without classifying each: most words
                    // are nothing else.
                    var next = cursor + currentLength
                    while next < end {
                        let byte = bytes[next]
                        if byte &- UInt8(ascii: "a") < 26 {
                            lowers += 1
                        } else if byte &- UInt8(ascii: "A") < 26 {
                            uppers += 1
                        } else {
                            break
                        }
                        letters += 1
                        next += 1
                    }
                    cursor = next
                    guard cursor < end else { break scanning }
                    (current, currentLength) = classify(bytes, cursor)
                    if current == Class.space || current == Class.punctuation { break scanning }
                    continue scanning
                case Class.uncasedLetter: letters += 1
                case Class.digit: digits += 1
                default:
                    // A connector or apostrophe stays inside the word only when a letter follows (or a
                    // digit after a connector: "4,000", "2.5"); a possessive "'s" ends it.
                    let next = cursor + currentLength
                    guard next < end else { break scanning }
                    if current == Class.apostrophe, isPossessive(bytes, next) { break scanning }
                    let following = classify(bytes, next).0
                    let continues = following <= Class.uncasedLetter && following != Class.space
                        || (following == Class.digit && current == Class.connector)
                    if !continues { break scanning }
                }
                cursor += currentLength
                guard cursor < end else { break }
                (current, currentLength) = classify(bytes, cursor)
                if current == Class.space || current == Class.punctuation { break }
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
            visit(.word(start: start, end: cursor, shape: shape))
            index = cursor
            if index < end {
                let (after, afterLength) = classify(bytes, index)
                if after == Class.apostrophe, isPossessive(bytes, index + afterLength) { index += afterLength + 1 }
            }
        }
    }

    /// "s" or "S" ending a word after an apostrophe.
    private static func isPossessive(_ bytes: Span<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "s") else { return false }
        guard index + 1 < bytes.count else { return true }
        let following = classify(bytes, index + 1).0
        return !(following >= Class.lower && following <= Class.digit)
    }

    @inline(__always)
    private static func classify(_ bytes: Span<UInt8>, _ index: Int) -> (UInt8, Int) {
        let byte = bytes[index]
        guard byte < 0x80 else { return classifyNonASCII(bytes, index) }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return (Class.lower, 1)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return (Class.upper, 1)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return (Class.digit, 1)
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ","): return (Class.connector, 1)
        case UInt8(ascii: "'"): return (Class.apostrophe, 1)
        case 0x09...0x0D, 0x20: return (Class.space, 1)
        default: return (Class.punctuation, 1)
        }
    }

    private static func classifyNonASCII(_ bytes: Span<UInt8>, _ index: Int) -> (UInt8, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return (Class.punctuation, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (Class.punctuation, length) }
        if value == 0x2019 { return (Class.apostrophe, length) }
        let properties = scalar.properties
        if properties.isWhitespace { return (Class.space, length) }
        if properties.isAlphabetic {
            return (properties.isUppercase ? Class.upper : properties.isLowercase ? Class.lower : Class.uncasedLetter, length)
        }
        if properties.numericType != nil { return (Class.digit, length) }
        return (Class.punctuation, length)
    }
}
