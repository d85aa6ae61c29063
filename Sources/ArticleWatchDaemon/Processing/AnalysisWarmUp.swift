import ArticleAnalysis
import Foundation

/// What the first article would otherwise pay for, built before any article is claimed: the bundled
/// tables (`AnalysisResources.preload()`: gazetteer, CAMEO verbs, theme cues, ~1.1 G instructions), the
/// stages' own tables (VADER lexicon, language model, word lists), and one small built-in article through
/// the pipeline, which touches whatever else is built on first use. It runs on Dispatch threads, so on
/// a second core it overlaps the near-duplicate index load instead of following it (`Daemon.run`).
enum AnalysisWarmUp {
    /// English news prose with what the stages look for: countries, a person with a title, an amount, a
    /// date, a quote with its speaker, a sentiment word.
    static let sample = """
        Iran and Russia signed a $4 billion energy agreement in Tehran on Monday, September 14, 2015. \
        "This partnership will bring stability to the region," President Hassan Rouhani told reporters, \
        while NATO officials warned of new sanctions and 90 percent of analysts expected the talks to fail.
        """

    /// Builds the tables and, beside them, the standard pipeline for `options` (its stages parse their own
    /// tables, the VADER lexicon among them), then runs the sample through it. On a second free core the
    /// two overlap: the bundled tables are the longer part (the entity tables' first use is ~476 M
    /// instructions: the GeoNames gazetteer ~270 M, the lexicon with the tagger's word classes ~170 M, the
    /// weights ~36 M; the CAMEO dictionaries ~180 M) and the pipeline's ~20 ms, so READY waits for the
    /// longer one instead of both (docs/BENCHMARKS.md; ~100–120 ms of CPU to READY on an empty history in
    /// session 8). A pipeline that cannot be built is left to the caller's own `SettingsStore`, which
    /// reports it.
    static func run(_ options: AnalysisOptions) async {
        async let tables: Void = ArticleProcessor.offThePool { AnalysisResources.preload() }
        let pipeline = await ArticleProcessor.offThePool { try? AnalysisPipeline.standard(options: options) }
        await tables
        guard let pipeline else { return }
        await ArticleProcessor.offThePool {
            let article = Article(name: "warm-up.txt", bytes: Array(sample.utf8), receivedAt: Date(timeIntervalSince1970: 0))
            _ = pipeline.analyze(article, options: options)
        }
    }
}
