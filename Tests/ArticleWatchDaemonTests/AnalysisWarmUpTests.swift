import ArticleAnalysis
@testable import ArticleWatchDaemon
import Foundation
import Testing

/// The warm-up article must reach every stage that builds state on first use; a sample that a stage
/// skipped or found nothing in would leave that cost to the first delivered article.
@Suite struct AnalysisWarmUpTests {
    @Test func theSampleReachesEveryStage() throws {
        let pipeline = try AnalysisPipeline.standard()
        let article = Article(name: "warm-up.txt", bytes: Array(AnalysisWarmUp.sample.utf8), receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else {
            Issue.record("the warm-up article failed")
            return
        }
        #expect(record.warnings.isEmpty, "\(record.warnings)")
        #expect(record.language?.code == "en")
        let json = record.json
        for section in ["entities", "themes", "dyads", "quotes", "amounts", "dates", "keyphrases", "summary"] {
            guard case let .array(items)? = json[section] else {
                Issue.record("no \(section) section")
                continue
            }
            #expect(!items.isEmpty, "nothing in \(section)")
        }
        #expect(record.json["tone"]?["compound"] != nil)
    }
}
