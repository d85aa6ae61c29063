/// Absolute dates with the sentence they anchor. Numbers that are money or counts are not years
/// (`YearRule`); a day without a year takes one from `metadata.published` only when the page gave it.
public struct DatesStage: AnalysisStage {
    public let name: StageName = "dates"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.dates]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let mentions = Self.dates(in: document.sentences, table: document.wordTable, published: document.metadata.published)
        document.sections.dates = mentions
    }

    /// The dates of the sentences in reading order.
    public static func dates(in sentences: [Sentence], published: String? = nil) -> [DateMention] {
        dates(in: sentences, table: TokenTable(sentences: sentences), published: published)
    }

    /// The dates of the sentences, whose words `table` holds: a sentence without a digit or a capitalised
    /// month stem is not scanned (`DateScanner.mayContainDate`, read from the tokens).
    static func dates(in sentences: [Sentence], table: TokenTable, published: String?) -> [DateMention] {
        var scanner = DateScanner()
        var mentions: [DateMention] = []
        let candidates = table.sentencesWithDateHints(stems: DateScanner.monthStems)
        for (index, sentence) in sentences.enumerated() where candidates[index] {
            scanner.scan(sentence.text, index: index, into: &mentions)
        }
        guard let anchor = PublicationAnchor(published: published) else { return mentions }
        return mentions.map(anchor.anchor)
    }
}
