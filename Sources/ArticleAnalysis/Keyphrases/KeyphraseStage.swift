/// The article's top ten key phrases (`KeyphraseExtractor`). The stop words are English, so a document
/// whose language is known and is not English gets a warning instead.
public struct KeyphraseStage: AnalysisStage {
    public let name: StageName = "keyphrases"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.keyphrases]
    public let requirements = StageRequirements.english { language in
        "keyphrases skipped: the stop words are English and the article is '\(language)'"
    }
    private let extractor: KeyphraseExtractor

    public init(extractor: KeyphraseExtractor = KeyphraseExtractor()) { self.extractor = extractor }

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.sections.keyphrases = extractor.keyphrases(of: document.wordTable)
    }
}
