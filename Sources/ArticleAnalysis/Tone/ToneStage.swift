/// Tone of the article (VADER and the news-tuned tone). English only: VADER's lexicon and rules are English,
/// so a document whose language is known and is not English gets a warning instead of a misleading score.
public struct ToneStage: AnalysisStage {
    public let name: StageName = "tone"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.tone]
    public let requirements = StageRequirements.english { language in
        "tone skipped: the lexicon is English and the article is '\(language)'"
    }
    private let analyzer = ToneAnalyzer()

    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let tone = analyzer.tone(of: document.wordTable)
        document.sections.tone = tone
    }
}
