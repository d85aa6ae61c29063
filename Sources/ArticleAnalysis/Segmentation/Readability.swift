/// The record's `readability`: counts, Flesch reading ease and reading time.
public struct Readability: Sendable, Equatable, JSONWritable {
    public var words: Int
    public var sentences: Int
    public var paragraphs: Int
    /// Syllables and Flesch reading ease, for English text only (nil otherwise): its constants were fitted
    /// to English. The record then has no `syllables` member and a null `fleschReadingEase`.
    public var syllables: Int?
    public var fleschReadingEase: Double?
    public var readingTimeMinutes: Double

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("words", words)
        json.member("sentences", sentences)
        json.member("paragraphs", paragraphs)
        if let syllables { json.member("syllables", syllables) }
        json.member("fleschReadingEase", fleschReadingEase)
        json.member("readingTimeMinutes", readingTimeMinutes)
        json.endObject()
    }
}
