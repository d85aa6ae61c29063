/// Splits a sentence into words and punctuation. A word keeps inner `-`, `'`, `.` and `&` when a letter or
/// digit follows ("al-Assad", "U.S", "AT&T"); a final `.` stays on dotted abbreviations ("U.S."); the
/// possessive "'s" becomes its own token so "Iran's" looks up as "iran". One pass over the UTF-8 bytes (ASCII
/// classified by table-free comparisons, other scalars decoded in place and classified by their Unicode
/// properties), no regular expressions, because every stage after it runs over every sentence.
public enum WordTokenizer {
    public static func tokens(of text: String) -> WordTokens {
        var text = text
        return text.withUTF8 { tokens(of: $0) }
    }

    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> WordTokens {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        // Keys of tokens with non-ASCII bytes (`String.lowercased()`), kept after the text's `count` bytes.
        var extraKeys: [UInt8] = []
        // An ASCII token's key is its text lower-cased, at the same offsets: every byte of the text gets its
        // ASCII lower case in the pass that reads it (whitespace between tokens as it is: it has no case).
        var keys = [UInt8](unsafeUninitializedCapacity: count) { keyBuffer, initialized in
            scan(bytes, keyBuffer: keyBuffer, extraKeysAt: count, into: &tokens, extraKeys: &extraKeys)
            initialized = count
        }
        if !extraKeys.isEmpty { keys.append(contentsOf: extraKeys) }
        return WordTokens(tokens: tokens, textBytes: Array(bytes), keyBytes: keys)
    }

    /// The tokens of `bytes`, appended to `tokens` with offsets from `bytes`' start, their keys written to
    /// `keyBuffer` at the same offsets (non-ASCII keys appended to `extraKeys`, which start at `extraKeysAt`
    /// in the tokens' key bytes). `bytes` is a whole text or a stretch of one that whitespace (or the text's
    /// ends) bounds on both sides: the rules look no further than the next scalar after a token, and
    /// whitespace ends every token, so such a stretch splits as it does within the whole text.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, keyBuffer: UnsafeMutableBufferPointer<UInt8>, extraKeysAt: Int,
        into tokens: inout [WordToken], extraKeys: inout [UInt8]
    ) {
        let count = bytes.count
        var index = 0
        while index < count {
            let (scalar, length) = decode(bytes, at: index)
            if isSpace(scalar) {
                for offset in index..<(index + length) { keyBuffer[offset] = bytes[offset] }
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
                tokens.append(make(bytes, start, index, isWord: false, keyBuffer: keyBuffer, extraKeys: &extraKeys, extraKeysAt: extraKeysAt))
                continue
            }
            // ASCII letters and digits, most of a word and most words whole, are lower-cased, hashed and
            // counted as they are read (what `make` does for the other tokens).
            var plain = PlainWord()
            var end = start
            while end < count, let key = plain.add(bytes[end]) {
                keyBuffer[end] = key
                end += 1
            }
            let plainEnd = end
            if end == start { end = start + length }
            var dots = 0
            while end < count {
                // ASCII letters and digits, most of a word, need no decoding.
                let byte = bytes[end]
                if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
                    end += 1
                    continue
                }
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
            if end == plainEnd {
                tokens.append(plain.token(start..<end))
            } else {
                tokens.append(make(bytes, start, end, isWord: true, keyBuffer: keyBuffer, extraKeys: &extraKeys, extraKeysAt: extraKeysAt))
            }
            index = end
        }
    }

    /// A word of ASCII letters and digits read byte by byte: `make`'s hashes and case flags, worked out in
    /// the tokenizer's own pass over the word (and in the segmenter's `Tokenizer`, which hands it on in its
    /// `RawToken`). 32 bytes: it rides in every raw token.
    struct PlainWord {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        /// The hash before the last byte (the key without a final "s").
        var previous: UInt64 = 0
        var upper: Int32 = 0
        var lower: Int32 = 0
        var capitalized = false
        var last: UInt8 = 0

        /// Takes `byte` when it is an ASCII letter or digit and returns its key byte; nil otherwise.
        @inline(__always)
        mutating func add(_ byte: UInt8) -> UInt8? {
            var key = byte
            if byte &- 0x61 < 26 {
                lower &+= 1
            } else if byte &- 0x41 < 26 {
                if upper == 0, lower == 0 { capitalized = true }
                upper &+= 1
                key = byte + 32
            } else if byte &- 0x30 >= 10 {
                return nil
            }
            previous = hash
            hash = (hash ^ UInt64(key)) &* 0x0000_0100_0000_01b3
            last = key
            return key
        }

        @inline(__always)
        func token(_ range: Range<Int>) -> WordToken {
            WordToken(
                textRange: range, keyRange: range, hash: TokenHash.nonZero(Mix64.finalize(hash)),
                singularHash: last == UInt8(ascii: "s") ? TokenHash.nonZero(Mix64.finalize(previous)) : 0,
                isCapitalized: capitalized, isAllCaps: upper >= 2 && lower == 0, isWord: true, hasHyphen: false,
                isASCII: true, hasASCIICapital: upper > 0)
        }
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

    /// The token at `start..<end`. ASCII tokens (nearly all) take one pass that classifies and hashes each
    /// byte, their key already in `keys` at the same offsets; others go through the Unicode-general String
    /// calls and get their key appended to `keys`.
    @inline(__always)
    static func make(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isWord: Bool,
        keyBuffer: UnsafeMutableBufferPointer<UInt8>, extraKeys: inout [UInt8], extraKeysAt: Int
    ) -> WordToken {
        var ascii = true
        var hasCapital = false
        var hasHyphen = false
        var upper = 0
        var lower = 0
        var capitalized = false
        // FNV-1a as in `TokenHash.of`, and its state before the last byte (the key without a final "s").
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var previous = hash
        for index in start..<end {
            var byte = bytes[index]
            if byte >= 128 {
                ascii = false
                break
            } else if byte >= 65, byte <= 90 {
                hasCapital = true
                if upper == 0, lower == 0 { capitalized = true }
                upper += 1
                byte += 32
            } else if byte >= 97, byte <= 122 {
                lower += 1
            } else if byte == 45 {
                hasHyphen = true
            }
            keyBuffer[index] = byte
            previous = hash
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        if ascii {
            let endsInS = end > start && keyBuffer[end - 1] == UInt8(ascii: "s")
            return WordToken(
                textRange: start..<end, keyRange: start..<end, hash: TokenHash.nonZero(Mix64.finalize(hash)),
                singularHash: endsInS ? TokenHash.nonZero(Mix64.finalize(previous)) : 0, isCapitalized: capitalized,
                isAllCaps: upper >= 2 && lower == 0, isWord: isWord, hasHyphen: hasHyphen, isASCII: true,
                hasASCIICapital: hasCapital)
        }
        // The text's bytes of the token in ASCII lower case, as around it; its key goes after the text.
        for index in start..<end {
            let byte = bytes[index]
            keyBuffer[index] = byte &- 65 < 26 ? byte + 32 : byte
        }
        return makeNonASCII(bytes, start, end, isWord: isWord, keys: &extraKeys, offset: extraKeysAt)
    }

    /// `make` for a token with non-ASCII bytes, through the Unicode-general String calls; kept out of line
    /// so the ASCII path carries none of its set-up.
    @inline(never)
    /// `keys`: the keys after the text's bytes, which start at `offset` in the tokens' key bytes.
    private static func makeNonASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isWord: Bool, keys: inout [UInt8], offset: Int
    ) -> WordToken {
        if let token = makeWithTypographicMarks(bytes, start, end, isWord: isWord, keys: &keys, offset: offset) { return token }
        var upper = 0
        var lower = 0
        var capitalized = false
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        var key = text.lowercased()
        if key.contains("’") { key = String(key.map { $0 == "’" ? "'" : $0 }) }
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
        let keyStart = keys.count
        keys.append(contentsOf: key.utf8)
        return WordToken(
            textRange: start..<end, keyRange: (offset + keyStart)..<(offset + keys.count), hash: TokenHash.of(key),
            singularHash: key.hasSuffix("s") ? TokenHash.of(key.dropLast()) : 0, isCapitalized: capitalized,
            isAllCaps: upper >= 2 && lower == 0, isWord: isWord, hasHyphen: key.utf8.contains(UInt8(ascii: "-")),
            isASCII: key.utf8.allSatisfy { $0 < 128 },
            hasASCIICapital: UnsafeBufferPointer(rebasing: bytes[start..<end]).contains { $0 &- 65 < 26 })
    }

    /// `makeNonASCII` for the common case of curly quotes, dashes and the like ("’", "“", "—", "’s"): ASCII
    /// plus marks that have no case, so the key is the ASCII lower-cased and "’" made "'", without String
    /// calls. Nil when any other non-ASCII scalar is there.
    private static func makeWithTypographicMarks(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isWord: Bool, keys: inout [UInt8], offset: Int
    ) -> WordToken? {
        let keyStart = keys.count
        var upper = 0
        var lower = 0
        var capitalized = false
        var ascii = true
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte &- 65 < 26 {
                    if upper == 0, lower == 0 { capitalized = true }
                    upper += 1
                    keys.append(byte + 32)
                } else {
                    if byte &- 97 < 26 { lower += 1 }
                    keys.append(byte)
                }
                index += 1
                continue
            }
            guard let length = typographicMarkLength(bytes, at: index, end: end) else {
                keys.removeSubrange(keyStart...)
                return nil
            }
            if length == 3, bytes[index + 2] == 0x99 {  // ’
                keys.append(UInt8(ascii: "'"))
            } else {
                keys.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                ascii = false
            }
            index += length
        }
        return keys.withUnsafeBufferPointer { all in
            let key = UnsafeBufferPointer(rebasing: all[keyStart...])
            let endsInS = key.last == UInt8(ascii: "s")
            return WordToken(
                textRange: start..<end, keyRange: (offset + keyStart)..<(offset + all.count), hash: TokenHash.of(key),
                singularHash: endsInS ? TokenHash.of(UnsafeBufferPointer(rebasing: key.dropLast())) : 0,
                isCapitalized: capitalized, isAllCaps: upper >= 2 && lower == 0, isWord: isWord,
                hasHyphen: key.contains(UInt8(ascii: "-")), isASCII: ascii, hasASCIICapital: upper > 0)
        }
    }

    /// The byte length of the caseless mark at `index` (‘ ’ “ ” – — … « »), or nil.
    @inline(__always)
    private static func typographicMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        let lead = bytes[index]
        if lead == 0xC2, index + 1 < end, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { return 2 }
        guard lead == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 else { return nil }
        switch bytes[index + 2] {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: return 3
        default: return nil
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
            || (scalar.value > 127 && !GeneralPunctuation.contains(scalar) && scalar.properties.isWhitespace)
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        if GeneralPunctuation.contains(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always) private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." || scalar == "&"
    }
}
