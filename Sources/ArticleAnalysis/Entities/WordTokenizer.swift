/// Splits a sentence into words and punctuation. A word keeps inner `-`, `'`, `.` and `&` when a letter or
/// digit follows ("al-Assad", "U.S", "AT&T"); a final `.` stays on dotted abbreviations ("U.S."); the
/// possessive "'s" becomes its own token so "Iran's" looks up as "iran". Works on Unicode scalars: one pass,
/// no regular expressions, because every stage after it runs over every sentence.
public enum WordTokenizer {
    public static func tokens(of text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            if !isWordScalar(scalar) {
                index = scalars.index(after: index)
                // The possessive "'s" stays one token after the name it follows.
                if scalar == "'" || scalar == "’", index < scalars.endIndex, scalars[index] == "s" || scalars[index] == "S" {
                    let after = scalars.index(after: index)
                    if after == scalars.endIndex || !isWordScalar(scalars[after]) { index = after }
                }
                tokens.append(make(text, start, index, isWord: false))
                continue
            }
            var end = scalars.index(after: index)
            var dots = 0
            while end < scalars.endIndex {
                let next = scalars[end]
                if isWordScalar(next) {
                    end = scalars.index(after: end)
                    continue
                }
                guard isJoiner(next) else { break }
                let after = scalars.index(after: end)
                if after < scalars.endIndex, isWordScalar(scalars[after]) {
                    if next == "'" || next == "’" {
                        // "Iran's": stop before the possessive so the name stays a key of its own.
                        let afterNext = scalars.index(after: after)
                        if scalars[after] == "s" || scalars[after] == "S",
                            afterNext == scalars.endIndex || !isWordScalar(scalars[afterNext])
                        {
                            break
                        }
                    }
                    if next == "." { dots += 1 }
                    end = after
                    continue
                }
                // "U.S." keeps its final dot: a dotted abbreviation of single letters.
                if next == ".", dots > 0, singleLetterSegments(scalars[start..<end]) { end = after }
                break
            }
            tokens.append(make(text, start, end, isWord: true))
            index = end
        }
        return tokens
    }

    private static func make(_ text: String, _ start: String.Index, _ end: String.Index, isWord: Bool) -> WordToken {
        let piece = text[start..<end]
        var asciiLower = true
        var curly = false
        for byte in piece.utf8 {
            if byte >= 65, byte <= 90 || byte >= 128 { asciiLower = false }
            if byte == 0xE2 { curly = true }
        }
        var key: String
        if asciiLower {
            key = String(piece)
        } else if piece.utf8.allSatisfy({ $0 < 128 }) {
            // ASCII with capitals: lower-case the bytes directly (`lowercased()` is Unicode-general and slow).
            key = String(decoding: piece.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        } else {
            key = piece.lowercased()
        }
        if curly, key.contains("’") { key = String(key.map { $0 == "’" ? "'" : $0 }) }
        var capitalized = false
        var upper = 0
        var lower = 0
        for scalar in piece.unicodeScalars {
            if scalar.value < 128 {  // ASCII fast path: Unicode property lookups dominate otherwise
                let value = scalar.value
                if value >= 65, value <= 90 {
                    if upper == 0, lower == 0 { capitalized = true }
                    upper += 1
                } else if value >= 97, value <= 122 {
                    lower += 1
                }
                continue
            }
            if scalar.properties.isUppercase {
                if upper == 0, lower == 0 { capitalized = true }
                upper += 1
            } else if scalar.properties.isLowercase {
                lower += 1
            }
        }
        return WordToken(
            text: asciiLower ? key : String(piece), key: key, isCapitalized: capitalized, isAllCaps: upper >= 2 && lower == 0, isWord: isWord)
    }

    private static func singleLetterSegments(_ word: Substring.UnicodeScalarView) -> Bool {
        var run = 0
        for scalar in word {
            if scalar == "." {
                if run != 1 { return false }
                run = 0
            } else {
                run += 1
            }
        }
        return run <= 1
    }

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}"
            || (scalar.value > 127 && scalar.properties.isWhitespace)
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always) private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." || scalar == "&"
    }
}
