import ArticleAnalysis

/// A first stage for tests that start from sentences: it puts the given sentences (one paragraph) and, when
/// given, a language into the document, so a stage can be run through the pipeline and its language gate.
struct PresetSentencesStage: AnalysisStage {
    let name: StageName = "preset"
    let requires: Set<Annotation> = []
    let provides: Set<Annotation> = [.cleanText, .sentences, .language]
    let sentences: [String]
    let language: String?

    init(_ sentences: [String], language: String?) {
        self.sentences = sentences
        self.language = language
    }

    func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.cleanText = sentences.joined(separator: " ")
        var offset = 0
        document.sentences = sentences.map { text in
            defer { offset += text.utf8.count + 1 }
            return Sentence(text: text, paragraph: 0, range: offset..<(offset + text.utf8.count))
        }
        document.language = language.map { LanguageGuess(code: $0, confidence: 0.9) }
    }
}
