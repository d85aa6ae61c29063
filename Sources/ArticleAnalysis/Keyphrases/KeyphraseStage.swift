/// The article's top ten key phrases (`KeyphraseExtractor`). The stop words are English, so a document
/// whose language is known and is not English gets a warning instead.
public struct KeyphraseStage: AnalysisStage {
    public let name: StageName = "keyphrases"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.keyphrases]
    private let extractor: KeyphraseExtractor

    public init(extractor: KeyphraseExtractor = KeyphraseExtractor()) { self.extractor = extractor }

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        if let language = document.language?.code, language != "en" {
            document.warnings.append("keyphrases skipped: the stop words are English and the article is '\(language)'")
            return
        }
        document.sections["keyphrases"] = extractor.keyphrases(ofSentences: document.sentences.map(\.text)).json
    }
}
