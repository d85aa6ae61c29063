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

    static func isStatement(_ sentence: String, wordCount: Int) -> Bool {
        guard wordCount >= minimumWords, wordCount <= maximumWords else { return false }
        guard let last = sentence.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
            ".!\"”’)".unicodeScalars.contains(last), !sentence.hasSuffix("?\""), !sentence.hasSuffix("?”")
        else { return false }
        guard sentence.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return false }
        let lower = sentence.lowercased()
        return !furniture.contains { lower.contains($0) }
    }
}
