/// Sentences that must not stand in a summary even if extraction left them in: too short or too long to be
/// a statement, questions (a summary states), headings and bylines (no closing punctuation, or no
/// lowercase letter), links, and the stock phrases of page furniture.
enum BoilerplateSentenceFilter {
    static let minimumWords = 6
    static let maximumWords = 70
    private static let furniture = [
        "http://", "https://", "www.", "©", "all rights reserved", "click here", "subscribe", "sign up",
        "read more", "follow us", "share this", "newsletter", "cookies", "advertisement", "related:",
        "photo:", "image:", "getty images", "reporting by", "editing by", "contributed to this report",
    ]

    /// The cheap tests: length, closing punctuation, a lowercase letter.
    static func looksLikeStatement(_ sentence: String, wordCount: Int) -> Bool {
        guard wordCount >= minimumWords, wordCount <= maximumWords else { return false }
        guard let last = lastNonWhitespaceScalar(sentence), Self.isStatementEnd(last),
            !(endsWith(sentence, questionQuote) && sentence.hasSuffix("?\"")),
            !(endsWith(sentence, questionCurlyQuote) && sentence.hasSuffix("?”"))
        else { return false }
        return sentence.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// The marks a statement ends with: . ! " ” ’ ) (a switch, not a search of a String's scalars).
    @inline(__always)
    private static func isStatementEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "\"", "”", "’", ")": true
        default: false
        }
    }

    private static let questionQuote = Array("?\"".utf8)
    private static let questionCurlyQuote = Array("?”".utf8)

    /// Whether the bytes of `text` end with `suffix`: necessary for `hasSuffix` of these suffixes (which
    /// have no other canonically equivalent spelling), and far cheaper, so `hasSuffix` only confirms.
    private static func endsWith(_ text: String, _ suffix: [UInt8]) -> Bool {
        let utf8 = text.utf8
        var index = utf8.endIndex
        for byte in suffix.reversed() {
            guard index != utf8.startIndex else { return false }
            utf8.formIndex(before: &index)
            if utf8[index] != byte { return false }
        }
        return true
    }

    /// The last Unicode scalar that is not whitespace. ASCII whitespace at the end is skipped on the bytes;
    /// a non-ASCII ending is left to the scalar view.
    private static func lastNonWhitespaceScalar(_ text: String) -> Unicode.Scalar? {
        for byte in text.utf8.reversed() {
            if byte >= 0x80 { break }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            return Unicode.Scalar(byte)
        }
        return text.unicodeScalars.last(where: { !$0.properties.isWhitespace })
    }

    /// The stock phrases of page furniture, searched in the lowercased bytes (only for sentences about to be
    /// chosen: it is the costly test).
    static func isFurniture(_ sentence: String) -> Bool {
        var lower = Array(sentence.utf8)
        for index in lower.indices { lower[index] = ASCIILowercase.folded(lower[index]) }
        let text = lower.span
        let (openings, pairs) = (furnitureOpenings, furniturePairs)
        // A pattern can only start where its first two bytes are: test the pair against a bitmap of the
        // patterns' openings, then only the patterns that open with it.
        guard text.count >= 2 else { return false }
        for start in 0..<(text.count - 1) {
            let pair = Int(text[start]) << 8 | Int(text[start + 1])
            let bit = Self.openingBit(pair)
            guard openings[bit >> 6] & (1 << (bit & 63)) != 0 else { continue }
            for (index, opening) in pairs.enumerated() where opening == pair {
                let pattern = furnitureBytes[index]
                if Self.occurs(pattern.span, in: text, at: start) { return true }
            }
        }
        return false
    }

    /// Whether `text` holds `pattern` from `start` on.
    private static func occurs(_ pattern: Span<UInt8>, in text: Span<UInt8>, at start: Int) -> Bool {
        guard text.count - start >= pattern.count else { return false }
        for offset in 0..<pattern.count where text[start + offset] != pattern[offset] { return false }
        return true
    }

    /// The bit of a pair of bytes in `furnitureOpenings`: the low five bits of each byte. Pairs that share
    /// a bit are told apart by the comparison with each pattern's pair after it.
    @inline(__always)
    private static func openingBit(_ pair: Int) -> Int { (pair >> 3) & 0x3E0 | pair & 0x1F }

    /// A bit per `openingBit` of the pairs of bytes that open a furniture pattern: 128 bytes, which stay in
    /// the cache as a sentence is scanned (one bit per pair of bytes took 8 KB, cold on each sentence).
    private static let furnitureOpenings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024 / 64)
        for pattern in furnitureBytes {
            let bit = openingBit(Int(pattern[0]) << 8 | Int(pattern[1]))
            bits[bit >> 6] |= 1 << (bit & 63)
        }
        return bits
    }()

    private static let furnitureBytes = furniture.map { Array($0.utf8) }
    /// Each pattern's first two bytes as one number, for the test above (no array per pattern to retain).
    private static let furniturePairs = furnitureBytes.map { Int($0[0]) << 8 | Int($0[1]) }
}
