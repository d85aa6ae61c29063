import ArticleAnalysis
import Foundation

/// `articlewatch-eval resources-memory [FILE…]`: resident memory (VmRSS) of this process before and after
/// `AnalysisResources.preload()`, then after analysing FILE… once (which parses the tables that preload
/// leaves to first use), as JSON. The difference is what the bundled lexicons keep resident in the daemon.
func resourcesMemory(_ arguments: [String]) throws {
    let articles = try loadArticles(arguments)
    let before = residentKiB()
    _ = EntityLexicon.standard.phrases.count
    let entities = residentKiB()
    _ = CameoVerbDictionary.standard.blocks.count
    let verbs = residentKiB()
    let clock = ContinuousClock()
    let gazetteerStart = clock.now
    _ = Gazetteer.standard.placeCount
    let gazetteerTime = clock.now - gazetteerStart
    let gazetteer = residentKiB()
    AnalysisResources.preload()
    let preloaded = residentKiB()
    let pipeline = try AnalysisPipeline.standard()
    for article in articles { _ = pipeline.analyze(article, options: AnalysisOptions()) }
    let analysed = residentKiB()
    print(
        "{\"rssBeforeKiB\":\(before),\"rssAfterPreloadKiB\":\(preloaded),\"preloadKiB\":\(preloaded - before),"
            + "\"entityLexiconKiB\":\(entities - before),\"cameoVerbsKiB\":\(verbs - entities),"
            + "\"gazetteerKiB\":\(gazetteer - verbs),\"gazetteerParseMs\":\(Int(gazetteerTime / .milliseconds(1))),"
            + "\"rssAfterAnalysisKiB\":\(analysed),\"articles\":\(articles.count)}")
}

/// VmRSS of this process in KiB, from /proc/self/status (0 where there is none).
private func residentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
    return 0
}
