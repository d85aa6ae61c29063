import ArticleAnalysis
import DuplicateRegistry
import Foundation
import Logging
import Synchronization
import Testing

/// A brand-new install (no index file, no results line) starts an empty index without a warning; a
/// missing index file beside a history of results lines is a real rebuild and still warns.
@Suite struct FirstStartTests {
    private let directory = NSTemporaryDirectory() + "dedup-first-start-" + UUID().uuidString

    @Test func aBrandNewInstallDoesNotWarn() async throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let captured = CapturedLevels()
        let registry = DuplicateRegistry(indexPath: directory + "/duplicates.index", logger: captured.logger)
        let summary = await registry.load(resultsLogs: [])
        #expect(summary == .init(source: .fresh, articles: 0))
        #expect(!captured.levels.contains(.warning))
    }

    @Test func aMissingIndexBesideResultsLinesIsRebuiltWithAWarning() async throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let article = Article(
            name: "a.txt", bytes: Array("The harbour council voted to rebuild the wall before the winter storms arrive.".utf8),
            receivedAt: Date(timeIntervalSince1970: 1_795_000_000))
        guard case var .analyzed(record) = try AnalysisPipeline.standard().analyze(article, options: AnalysisOptions()) else {
            Issue.record("the article was not analysed")
            return
        }
        record.delivery = "x.1"
        let log = directory + "/results.jsonl"
        FileManager.default.createFile(atPath: log, contents: Data((record.json.serialized() + "\n").utf8))
        let captured = CapturedLevels()
        let registry = DuplicateRegistry(indexPath: directory + "/duplicates.index", logger: captured.logger)
        let summary = await registry.load(resultsLogs: [log])
        #expect(summary == .init(source: .resultsLogs(reason: "there is no index file"), articles: 1))
        #expect(captured.levels.contains(.warning))
    }
}

/// Keeps the level of every message logged through `logger`.
final class CapturedLevels: Sendable {
    private let store = Mutex<[Logger.Level]>([])
    var levels: [Logger.Level] { store.withLock { $0 } }

    var logger: Logger {
        Logger(label: "captured") { _ in Handler(store: self) }
    }

    private struct Handler: LogHandler {
        let store: CapturedLevels
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) { store.store.withLock { $0.append(event.level) } }
    }
}
