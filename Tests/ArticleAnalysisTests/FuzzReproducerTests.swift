import ArticleAnalysis
import Foundation
import Testing

/// Every input the fuzzer (`make fuzz`) found a crash, hang or sanitizer report with, kept under
/// `FuzzReproducers/` once fixed: each must still give one outcome that serializes to one JSON line.
@Suite struct FuzzReproducerTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzReproducers")

    static var reproducers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func thereAreReproducers() {
        #expect(!Self.reproducers.isEmpty)
    }

    @Test(arguments: reproducers)
    func aReproducerGivesOneWholeLine(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let pipeline = try AnalysisPipeline.standard()
        let line: String
        switch pipeline.analyze(Article(name: name, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions()) {
        case let .analyzed(record):
            line = record.json.serialized()
            #expect(record.bytes == bytes.count)
        case let .failed(record):
            line = record.json.serialized()
        }
        #expect(!line.contains("\n"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == SHA256.hexDigest(of: bytes) || object?["reason"] != nil)
    }

    /// The quadratic sentence splitter's input: 4,096 "Dr. " in a row is one sentence (each period
    /// follows an abbreviation), and reading it no longer rescans the sentence at every period.
    @Test func aRunOfAbbreviationsIsOneSentence() throws {
        let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent("abbreviation-run-quadratic.txt")))
        guard case let .analyzed(record) = try AnalysisPipeline.standard().analyze(
            Article(name: "dr", bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions())
        else { Issue.record("expected a record"); return }
        #expect(record.wordCount == 4096)
        #expect(record.text?.hasPrefix("Dr. Dr. Dr.") == true)
    }
}
