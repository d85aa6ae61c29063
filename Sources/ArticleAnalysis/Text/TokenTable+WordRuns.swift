extension TokenTable {
    /// The article's words as Python's `re.findall(r"\w+", text.lower())` finds them (maximal runs of
    /// letters, digits and `_`; every other character a separator), each as the MurmurHash3-finalised
    /// FNV-1a of its lower-cased UTF-8: the words the near-duplicate fingerprint shingles.
    ///
    /// Read from the tokens rather than the text: a word token whose key is ASCII letters and digits only
    /// (most tokens) is one such word, and its `hash` is that word's hash already (`TokenHash` is the same
    /// FNV-1a and finaliser; only a finalised 0 is stored as 1, so a hash of 1 is worked out again). The
    /// rest (keys with joiners or non-ASCII letters, "’s", `_`, tokens touching a `_` or the sentence's
    /// edge) go through the bytes, carrying a word across tokens that touch, so the words are the same as
    /// a scan of the whole text gives. Gaps between tokens are whitespace: separators.
    public func wordRunHashes() -> [UInt64] {
        var runs = WordRunHasher()
        runs.hashes.reserveCapacity(count)
        var previousEnd = -1
        for sentence in sentences.indices {
            let base = sentenceStarts[sentence]
            let tokens = sentences[sentence].tokens
            let textBytes = sentences[sentence].textBytes
            let text = textBytes.span
            let first = firstToken[sentence]
            for index in tokens.indices {
                let token = tokens[index]
                let range = token.textRange
                if base + range.lowerBound != previousEnd { runs.separate() }
                previousEnd = base + range.upperBound
                guard token.isWord else {
                    // One mark that is no letter or digit (the tokenizer's rule) separates words, unless it is
                    // `_` or the possessive "'s", whose "s" is a word here.
                    if text[range.lowerBound] != UInt8(ascii: "_"), text[range.upperBound - 1] | 0x20 != UInt8(ascii: "s") {
                        runs.separate()
                    } else {
                        runs.feed(text, range)
                    }
                    continue
                }
                if !runs.inWord, token.isASCII, token.hash != 1, Self.isInner(range, text) {
                    // The key is ASCII letters and digits only (read when the key entered the vocabulary).
                    if vocabulary[lexemes[first + index]].facts.isAlphanumeric {
                        runs.hashes.append(token.hash)
                        continue
                    }
                }
                runs.feed(text, range)
            }
        }
        runs.separate()
        return runs.hashes
    }

    /// Whether the token has a byte on either side in its sentence and neither is `_` (a word character
    /// to the fingerprint, punctuation to the tokenizer).
    @inline(__always)
    private static func isInner(_ range: Range<Int>, _ text: Span<UInt8>) -> Bool {
        range.lowerBound > 0 && range.upperBound < text.count && text[range.lowerBound - 1] != UInt8(ascii: "_")
            && text[range.upperBound] != UInt8(ascii: "_")
    }
}

/// The byte-level word scan `TokenTable.wordRunHashes` falls back on: FNV-1a over each word's lower-cased
/// UTF-8 (ASCII by table, other scalars by their full lower-case mapping), a word ending at any character
/// that is not a letter, digit or `_`.
private struct WordRunHasher {
    var hashes: [UInt64] = []
    private(set) var inWord = false
    private var hash = fnvOffset

    /// Ends the current word, if any.
    @inline(__always)
    mutating func separate() {
        guard inWord else { return }
        hashes.append(Mix64.finalize(hash))
        hash = Self.fnvOffset
        inWord = false
    }

    mutating func feed(_ bytes: Span<UInt8>, _ range: Range<Int>) {
        let fold = Self.asciiWordFold
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                let folded = fold[Int(byte)]
                if folded != 0 {
                    hash = (hash ^ UInt64(folded)) &* Self.fnvPrime
                    inWord = true
                } else {
                    separate()
                }
                continue
            }
            let (scalar, length) = Self.decode(bytes, at: index)
            index += length
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.utf8 { hash = (hash ^ UInt64(lower)) &* Self.fnvPrime }
                inWord = true
            } else {
                separate()
            }
        }
    }

    /// The scalar of valid UTF-8 starting at `index` (a non-ASCII lead byte), and its length.
    private static func decode(_ bytes: Span<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Each ASCII byte's lower-case form when it is a word byte (letter, digit or `_`), else 0.
    private static let asciiWordFold: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): UInt8(byte)
        default: 0
        }
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3
}
