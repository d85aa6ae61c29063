import ArticleAnalysis
import Foundation

/// What the first article would otherwise pay for, built before any article is claimed: the bundled
/// tables (`AnalysisResources.preload()`: gazetteer, CAMEO verbs, theme cues, ~1.1 G instructions), then one
/// small built-in article through the pipeline, which touches the state every other stage builds on first
/// use (VADER lexicon, language model, word lists). It runs on a Dispatch thread, so on a second core it
/// overlaps the near-duplicate index load instead of following it (`Daemon.run`).
enum AnalysisWarmUp {
    /// English news prose with what the stages look for: countries, a person with a title, an amount, a
    /// date, a quote with its speaker, a sentiment word.
    static let sample = """
        Iran and Russia signed a $4 billion energy agreement in Tehran on Monday, September 14, 2015. \
        "This partnership will bring stability to the region," President Hassan Rouhani told reporters, \
        while NATO officials warned of new sanctions and 90 percent of analysts expected the talks to fail.
        """

    static func run(_ settings: SettingsStore.Snapshot) async {
        await ArticleProcessor.offThePool {
            AnalysisResources.preload()
            let article = Article(name: "warm-up.txt", bytes: Array(sample.utf8), receivedAt: Date(timeIntervalSince1970: 0))
            _ = settings.pipeline.analyze(article, options: settings.configuration.analysis)
        }
    }
}
