/// Stage: what the article is about, as GKG-like themes with a score and an evidence count.
/// Reads the token table the segment stage made.
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
        document.sections.themes = scorer.scores(table: document.wordTable)
    }
}
