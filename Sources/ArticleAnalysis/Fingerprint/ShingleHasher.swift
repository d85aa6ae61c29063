/// Turns clean text into the hashes of its normalised word 3-shingles, the set whose Jaccard similarity
/// the fingerprint estimates.
///
/// Normalisation: a word is a maximal run of letters, digits or `_` (Python's `\w`), lowercased; all
/// punctuation, line breaks and spacing are separators. So re-wrapped lines, changed quotes or dashes and
/// extra blank lines do not change the set, and the eval's Python reference (`re.findall(r"\w+",
/// text.lower())`) builds the same shingles.
public enum ShingleHasher {
    /// Words per shingle. Three is the usual choice for near-duplicate news: single words match across
    /// unrelated stories, 5-shingles make one edited word cost five shingles.
    public static let shingleWords = 3

    /// The 64-bit hashes of the word 3-shingles in reading order (repeats kept; the sketch ignores them).
    /// A text of one or two words gives one shingle of those words; a text without words gives none.
    public static func shingleHashes(of text: String) -> [UInt64] {
        let words = wordHashes(of: text)
        guard words.count >= shingleWords else {
            return words.isEmpty ? [] : [words.dropFirst().reduce(words[0], Mix64.combine)]
        }
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - shingleWords + 1)
        for start in 0...(words.count - shingleWords) {
            shingles.append(Mix64.combine(Mix64.combine(words[start], words[start + 1]), words[start + 2]))
        }
        return shingles
    }

    /// FNV-1a over the UTF-8 of each lowercased word, finalised so nearby words spread over all 64 bits.
    /// Walks the UTF-8 bytes (ASCII inline, other scalars decoded in place), not the String's scalar view.
    static func wordHashes(of text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { bytes in
            var hashes: [UInt64] = []
            hashes.reserveCapacity(bytes.count / 5)
            var hash: UInt64 = fnvOffset
            var inWord = false
            var index = 0
            let asciiFold = asciiWordFold
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    let folded = asciiFold[Int(byte)]
                    if folded != 0 {
                        hash = (hash ^ UInt64(folded)) &* fnvPrime
                        inWord = true
                    } else if inWord {
                        hashes.append(Mix64.finalize(hash))
                        hash = fnvOffset
                        inWord = false
                    }
                    continue
                }
                let (scalar, length) = WordTokenizer.decode(bytes, at: index)
                index += length
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    for lower in scalar.properties.lowercaseMapping.utf8 { hash = (hash ^ UInt64(lower)) &* fnvPrime }
                    inWord = true
                } else if inWord {
                    hashes.append(Mix64.finalize(hash))
                    hash = fnvOffset
                    inWord = false
                }
            }
            if inWord { hashes.append(Mix64.finalize(hash)) }
            return hashes
        }
    }

    /// Each ASCII byte's lower-case form when it is a word byte (letter, digit or `_`), else 0: one table
    /// load per byte instead of four range tests in the hot loop.
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
