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
        let mentions = Self.dates(in: document.sentences, published: document.metadata.published)
        document.sections.dates = mentions
    }

    /// The dates of the sentences in reading order.
    public static func dates(in sentences: [Sentence], published: String? = nil) -> [DateMention] {
        var scanner = DateScanner()
        var mentions: [DateMention] = []
        for (index, sentence) in sentences.enumerated() {
            scanner.scan(sentence.text, index: index, into: &mentions)
        }
        guard let anchor = PublicationAnchor(published: published) else { return mentions }
        return mentions.map(anchor.anchor)
    }
}
