import ArticleAnalysis
import Foundation
import Testing

@Suite struct FingerprintStageTests {
    private func record(_ text: String, name: String) throws -> AnalysisRecord {
        let article = Article(name: name, bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 1_795_000_000))
        guard case let .analyzed(record) = try AnalysisPipeline.standard().analyze(article, options: AnalysisOptions()) else {
            Issue.record("the pipeline failed on \(name)")
            throw CancellationError()
        }
        return record
    }

    @Test func runsLastAndWritesTheSection() throws {
        #expect(try AnalysisPipeline.standard().stages.last?.name == "fingerprint")
        let section = try record(FingerprintFixtures.harbour, name: "harbour.txt").json["fingerprint"]
        let fingerprint = try #require(section.flatMap(Fingerprint.init(json:)))
        #expect(fingerprint == Fingerprint(text: FingerprintFixtures.harbour))
    }

    /// HTML and plain text of the same article meet: the stage reads the clean text, not the bytes.
    @Test func htmlAndPlainTextOfOneArticleAgree() throws {
        let paragraphs = FingerprintFixtures.harbour.split(separator: "\n").map { "<p>\($0)</p>" }.joined(separator: "\n")
        let html = "<html><head><title>Harbour</title><style>p{}</style></head><body>\(paragraphs)</body></html>"
        let fromHTML = try #require(try record(html, name: "harbour.html").sections.fingerprint)
        let fromText = try #require(try record(FingerprintFixtures.harbour, name: "harbour.txt").sections.fingerprint)
        #expect(fromHTML.estimatedJaccard(with: fromText) >= 0.9)
    }

    @Test func recordsAWarningWhenThereIsNothingToFingerprint() throws {
        let result = try record("<html><body><script>var x = 1;</script></body></html>", name: "empty.html")
        #expect(result.sections.fingerprint == nil)
        #expect(result.warnings.contains { $0.contains("fingerprint") })
    }

    /// What `articlewatch analyze` does with several files: records in argument order through one index.
    @Test func recordsLinkThroughTheIndexLikeTheDaemon() throws {
        var index = NearDuplicateIndex()
        let original = try record(FingerprintFixtures.harbour, name: "a.txt")
        let copy = try record("Harbour news.\n" + FingerprintFixtures.harbour, name: "b.txt")
        #expect(index.checkAndInsert(original) == nil)
        let found = index.checkAndInsert(copy)
        let link = try #require(found)
        #expect(link.file == "a.txt" && link.id == original.id && link.kind == .near)
    }
}
