/// Stage 6: the record's `readability`: counts, Flesch reading ease (English only: its constants were fitted
/// to English) and reading time.
public struct ReadabilityStage: AnalysisStage {
    public let name: StageName = "readability"
    public let requires: Set<Annotation> = [.sentences, .tokens, .language]
    public let provides: Set<Annotation> = [.readability]
    public init() {}

    /// Silent reading speed for non-fiction, words per minute (Brysbaert 2019, a meta-analysis of 190 studies).
    static let wordsPerMinute = 238.0

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let words = document.tokens.filter { $0.kind == .word || $0.kind == .number }
        let sentences = document.sentences.count
        let paragraphs = document.paragraphs.count
        var fields: [(String, JSONValue)] = [
            ("words", .int(words.count)), ("sentences", .int(sentences)), ("paragraphs", .int(paragraphs)),
        ]
        if document.language?.code == "en", !words.isEmpty, sentences > 0 {
            let syllables = words.reduce(0) { $0 + SyllableCounter.count($1.text) }
            let ease = 206.835 - 1.015 * Double(words.count) / Double(sentences) - 84.6 * Double(syllables) / Double(words.count)
            fields.append(("syllables", .int(syllables)))
            fields.append(("fleschReadingEase", .double((ease * 10).rounded() / 10)))
        } else {
            fields.append(("fleschReadingEase", .null))
        }
        fields.append(("readingTimeMinutes", .double((Double(words.count) / Self.wordsPerMinute * 10).rounded() / 10)))
        document.sections["readability"] = .object(fields)
    }
}
