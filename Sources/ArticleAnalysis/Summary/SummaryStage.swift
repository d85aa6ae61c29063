/// Three sentences that carry the article, in article order (`SummaryExtractor`). English stop words
/// decide what counts as vocabulary, so a document known not to be English gets a warning instead.
public struct SummaryStage: AnalysisStage {
    public let name: StageName = "summary"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.summary]
    public let requirements = StageRequirements.english { language in
        "summary skipped: the stop words are English and the article is '\(language)'"
    }
    private let extractor = SummaryExtractor()

    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.sections.summary = extractor.summary(of: document.sentences, table: document.wordTable)
    }
}
