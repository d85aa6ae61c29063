/// Splits a sentence into words and punctuation. A word keeps inner `-`, `'`, `.` and `&` when a letter or
/// digit follows ("al-Assad", "U.S", "AT&T"); a final `.` stays on dotted abbreviations ("U.S."); the
/// possessive "'s" becomes its own token so "Iran's" looks up as "iran". One pass over the UTF-8 bytes (ASCII
/// classified by table-free comparisons, other scalars decoded in place and classified by their Unicode
/// properties), no regular expressions, because every stage after it runs over every sentence.
public enum WordTokenizer {
    public static func tokens(of text: String) -> [WordToken] {
        var text = text
        return text.withUTF8 { tokens(of: $0) }
    }

    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        var index = 0
        while index < count {
            let (scalar, length) = decode(bytes, at: index)
            if isSpace(scalar) {
                index += length
                continue
            }
            let start = index
            if !isWordScalar(scalar) {
                index += length
                // The possessive "'s" stays one token after the name it follows.
                if scalar == "'" || scalar == "’", index < count, bytes[index] == 0x73 || bytes[index] == 0x53 {
                    let after = index + 1
                    if after == count || !isWordScalar(decode(bytes, at: after).scalar) { index = after }
                }
                tokens.append(make(bytes, start, index, isWord: false))
                continue
            }
            var end = index + length
            var dots = 0
            while end < count {
                let (next, nextLength) = decode(bytes, at: end)
                if isWordScalar(next) {
                    end += nextLength
                    continue
                }
                guard isJoiner(next) else { break }
                let after = end + nextLength
                if after < count {
                    let (afterScalar, afterLength) = decode(bytes, at: after)
                    if isWordScalar(afterScalar) {
                        if next == "'" || next == "’" {
                            // "Iran's": stop before the possessive so the name stays a key of its own.
                            let afterNext = after + afterLength
                            if afterScalar == "s" || afterScalar == "S",
                                afterNext == count || !isWordScalar(decode(bytes, at: afterNext).scalar)
                            {
                                break
                            }
                        }
                        if next == "." { dots += 1 }
                        end = after
                        continue
                    }
                }
                // "U.S." keeps its final dot: a dotted abbreviation of single letters.
                if next == ".", dots > 0, singleLetterSegments(bytes, start, end) { end = after }
                break
            }
            tokens.append(make(bytes, start, end, isWord: true))
            index = end
        }
        return tokens
    }

    /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isWord: Bool) -> WordToken {
        let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
        var ascii = true
        var hasCapital = false
        var hasHyphen = false
        var upper = 0
        var lower = 0
        var capitalized = false
        for byte in piece {
            if byte >= 128 {
                ascii = false
            } else if byte >= 65, byte <= 90 {
                hasCapital = true
            } else if byte == 45 {
                hasHyphen = true
            }
        }
        if ascii {
            for byte in piece {
                if byte >= 65, byte <= 90 {
                    if upper == 0, lower == 0 { capitalized = true }
                    upper += 1
                } else if byte >= 97, byte <= 122 {
                    lower += 1
                }
            }
            let text = Self.asciiString(piece, lowercasing: false)
            guard hasCapital else {
                return WordToken(
                    text: text, key: text, isCapitalized: false, isAllCaps: false, isWord: isWord,
                    hash: TokenHash.of(piece), hasHyphen: hasHyphen)
            }
            // Lower-case the bytes directly (`lowercased()` is Unicode-general and slow).
            let key = Self.asciiString(piece, lowercasing: true)
            return WordToken(
                text: text, key: key, isCapitalized: capitalized, isAllCaps: upper >= 2 && lower == 0, isWord: isWord,
                hash: TokenHash.of(key), hasHyphen: hasHyphen)
        }
        let text = String(decoding: piece, as: UTF8.self)
        var key = text.lowercased()
        if piece.contains(0xE2), key.contains("’") { key = String(key.map { $0 == "’" ? "'" : $0 }) }
        for scalar in text.unicodeScalars {
            if scalar.value < 128 {
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
            text: text, key: key, isCapitalized: capitalized, isAllCaps: upper >= 2 && lower == 0, isWord: isWord,
            hash: TokenHash.of(key), hasHyphen: key.utf8.contains(UInt8(ascii: "-")))
    }

    /// A String of ASCII bytes, lower-cased when asked. Built in place: up to 15 ASCII bytes become an inline
    /// String without the UTF-8 validation `String(decoding:)` runs (most tokens are that short).
    @inline(__always)
    private static func asciiString(_ piece: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> String {
        String(unsafeUninitializedCapacity: piece.count) { buffer in
            for offset in 0..<piece.count {
                let byte = piece[offset]
                buffer[offset] = lowercasing && byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return piece.count
        }
    }

    /// Whether the bytes `start..<end` are single letters separated by dots ("U.S", not "St.Louis").
    private static func singleLetterSegments(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var run = 0
        var index = start
        while index < end {
            let (scalar, length) = decode(bytes, at: index)
            if scalar == "." {
                if run != 1 { return false }
                run = 0
            } else {
                run += 1
            }
            index += length
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
