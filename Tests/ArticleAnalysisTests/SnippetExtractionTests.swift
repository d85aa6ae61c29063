import ArticleAnalysis
import Foundation
import Testing

/// A one-line text is an article of its own: its words must reach the record (tone, fingerprint).
@Suite struct SnippetExtractionTests {
    func record(_ text: String) throws -> AnalysisRecord {
        let pipeline = try AnalysisPipeline.standard()
        guard case let .analyzed(record) = pipeline.analyze(Article(name: "s.txt", bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 0)), options: .init())
        else { throw StageFailure(.internal, "not analysed") }
        return record
    }

    @Test func aShortSnippetKeepsItsText() throws {
        let record = try record("Not true.")
        #expect(record.text == "Not true.")
        #expect(record.warnings.contains { $0.contains("kept the whole text") })
        #expect(record.sections.fingerprint != nil)
    }

    @Test func aLongTextOfOnlyLinksStaysEmpty() throws {
        let links = (0..<60).map { "Previous: Story number \($0)" }.joined(separator: "\n")
        let record = try record(links)
        #expect(record.text?.contains("Story number 59") != true)
    }
}
