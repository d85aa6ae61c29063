/// Splits a paragraph into words, numbers, punctuation and symbols in one pass over its scalars, keeping
/// UTF-8 offsets. Words keep inner apostrophes and hyphens ("don't", "Russian-Iranian"); numbers keep
/// separators ("1,000", "3.5", "40%"); abbreviations and initials keep their full stop ("U.S.", "Dr.", "J."),
/// which is what lets the sentence splitter treat every other full stop as a candidate boundary.
struct Tokenizer {
    struct RawToken {
        var range: Range<Int>
        var kind: Token.Kind
        /// A word ending in an abbreviation's full stop.
        var isAbbreviation = false
    }

    static func tokens(of text: Substring) -> [RawToken] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() { offsets[index + 1] = offsets[index] + UTF8.width(scalar) }
        var tokens: [RawToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) { index += 1; continue }
            if isWordScalar(scalar) {
                let start = index
                let startsWithDigit = scalar.properties.numericType != nil
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) { index += 1; continue }
                    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                    guard let next, isWordScalar(next) else { break }
                    if current == "'" || current == "\u{2019}" || current == "-" || current == "." || current == "\u{00B7}"
                        || (current == "," && startsWithDigit && next.properties.numericType != nil)
                    {
                        index += 2
                        continue
                    }
                    break
                }
                if startsWithDigit, index < scalars.count, scalars[index] == "%" { index += 1 }
                var token = RawToken(range: offsets[start]..<offsets[index], kind: startsWithDigit ? .number : .word)
                if !startsWithDigit, index < scalars.count, scalars[index] == ".",
                    keepsFullStop(scalars[start..<index])
                {
                    index += 1
                    token.range = offsets[start]..<offsets[index]
                    token.isAbbreviation = true
                }
                tokens.append(token)
                continue
            }
            let start = index
            index += 1
            if scalar == "." { while index < scalars.count, scalars[index] == "." { index += 1 } }
            let kind: Token.Kind = scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
            tokens.append(RawToken(range: offsets[start]..<offsets[index], kind: kind))
        }
        return tokens
    }

    /// "U.S", "e.g" (inner stops), a single letter (an initial), or a listed abbreviation.
    private static func keepsFullStop(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        if word.count == 1 { return word.first!.properties.isAlphabetic }
        if word.contains(".") { return true }
        guard word.count <= 6 else { return false }
        return Abbreviations.words.contains(String(String.UnicodeScalarView(word)).lowercased())
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory.isMark
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || (!scalar.isASCII && scalar.properties.isWhitespace)
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
