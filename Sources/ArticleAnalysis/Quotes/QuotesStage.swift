/// Direct quotes with their speakers. English attribution verbs: on an article known to be in another
/// language the stage adds nothing and says why in a warning.
public struct QuotesStage: AnalysisStage {
    public let name: StageName = "quotes"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.quotes]
    public let requirements = StageRequirements.english { language in
        "quotes: attribution is English-only; the article's language is '\(language)'"
    }
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let sentences = document.sentences
        let quotes = document.withFactTokens { table, cache in Self.quotes(in: sentences, table: table, cache: &cache) }
        document.sections.quotes = quotes
    }

    /// The quotes of the sentences in reading order, paragraph by paragraph.
    public static func quotes(in sentences: [Sentence]) -> [Quote] {
        quotes(in: sentences, table: TokenTable(sentences: sentences))
    }

    /// The quotes of the sentences, whose words `table` holds.
    static func quotes(in sentences: [Sentence], table: TokenTable) -> [Quote] {
        var cache = FactTokenCache()
        return quotes(in: sentences, table: table, cache: &cache)
    }

    /// `quotes(in:table:)` with the sentences' fact tokens read through `cache` (and kept there).
    static func quotes(in sentences: [Sentence], table: TokenTable, cache: inout FactTokenCache) -> [Quote] {
        var scanner = QuoteScanner()
        var quotes: [Quote] = []
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, sentences[end].paragraph == sentences[start].paragraph { end += 1 }
            scanner.scan(sentences[start..<end], table: table, firstIndex: start, cache: &cache, into: &quotes)
            start = end
        }
        return quotes
    }
}
