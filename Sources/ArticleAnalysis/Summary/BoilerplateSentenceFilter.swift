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
        guard let last = sentence.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
            ".!\"”’)".unicodeScalars.contains(last), !sentence.hasSuffix("?\""), !sentence.hasSuffix("?”")
        else { return false }
        return sentence.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// The stock phrases of page furniture, searched in the lowercased bytes (only for sentences about to be
    /// chosen: it is the costly test).
    static func isFurniture(_ sentence: String) -> Bool {
        let lower = sentence.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return lower.withUnsafeBufferPointer { text in
            furnitureBytes.contains { pattern in
                pattern.withUnsafeBufferPointer { Self.occurs($0, in: text) }
            }
        }
    }

    /// Whether `pattern` (not empty) occurs in `text`: a plain byte loop (the generic slice comparison was
    /// most of the summary stage's time).
    private static func occurs(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= pattern.count else { return false }
        let first = pattern[0]
        var start = 0
        while start <= text.count - pattern.count {
            if text[start] == first {
                var offset = 1
                while offset < pattern.count, text[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            start += 1
        }
        return false
    }

    private static let furnitureBytes = furniture.map { Array($0.utf8) }
}
