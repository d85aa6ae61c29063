/// Absolute dates with the sentence they anchor. Numbers that are money or counts are not years
/// (`YearRule`); a day without a year takes one from `metadata.published` only when the page gave it.
/// Each sentence's bytes are tested first (`DateScanner.mayContainDate`): a token-table version of that
/// test, read per token and per lexeme, cost more than the byte loop (86 K against 68 K instructions per
/// 7 KB article), so the scanner keeps its own.
public struct DatesStage: AnalysisStage {
    public let name: StageName = "dates"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.dates]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let published = document.metadata.published
        let dates = document.withFactTokens { table, cache in Self.dates(in: table, published: published, cache: &cache) }
        document.sections.dates = dates
    }

    /// The dates of the sentences in reading order.
    public static func dates(in sentences: [Sentence], published: String? = nil) -> [DateMention] {
        dates(in: TokenTable(sentences: sentences), published: published)
    }

    /// The dates of the sentences whose words `table` holds.
    static func dates(in table: TokenTable, published: String?) -> [DateMention] {
        var cache = FactTokenCache()
        return dates(in: table, published: published, cache: &cache)
    }

    /// `dates(in:published:)` with the sentences' fact tokens read through `cache` (and kept there).
    static func dates(in table: TokenTable, published: String?, cache: inout FactTokenCache) -> [DateMention] {
        var scanner = DateScanner()
        var mentions: [DateMention] = []
        for index in table.sentences.indices {
            scanner.scan(table, sentence: index, cache: &cache, into: &mentions)
        }
        guard let anchor = PublicationAnchor(published: published) else { return mentions }
        return mentions.map(anchor.anchor)
    }
}
