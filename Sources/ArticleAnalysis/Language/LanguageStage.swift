/// Stage 5: the article's language, from its title and clean text.
///
/// Contract for later stages: English-only stages (lexicons, gazetteers, English models) declare
/// `requirements = .english(note:)`, and the pipeline skips them with that warning when the article is known
/// to be in another language. Extraction, segmentation and the fingerprint work for every language.
public struct LanguageStage: AnalysisStage {
    public let name: StageName = "language"
    public let requires: Set<Annotation> = [.cleanText, .metadata]
    public let provides: Set<Annotation> = [.language]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let title = document.metadata.title.map { $0 + "\n\n" } ?? ""
        document.language = LanguageIdentifier.identify(title + document.cleanText)
        if document.language == nil, !document.cleanText.isEmpty {
            document.warnings.append("language: not identified (text too short or mixed)")
        }
    }
}
