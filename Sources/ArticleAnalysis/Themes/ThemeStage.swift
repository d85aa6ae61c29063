/// Stage: what the article is about, as GKG-like themes with a score and an evidence count.
/// Reuses the entities stage's tokens when it ran, and tokenizes the sentences itself otherwise.
public struct ThemeStage: AnalysisStage {
    public let name: StageName = "themes"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.themes]
    public let requirements = StageRequirements.english { language in
        "themes: skipped for language '\(language)', the cues are English"
    }
    let scorer: ThemeScorer

    public init(scorer: ThemeScorer = ThemeScorer()) { self.scorer = scorer }

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let tokens =
            document.sentenceEntities.count == document.sentences.count && !document.sentences.isEmpty
            ? document.sentenceEntities.map(\.tokens)
            : document.sentences.map { WordTokenizer.tokens(of: $0.text) }
        document.sections.themes = scorer.scores(sentences: tokens)
    }
}
