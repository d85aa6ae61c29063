import ArticleAnalysis
import DuplicateRegistry
import Foundation
import Logging
import Testing

/// Real files in a temporary directory, real results lines from the standard pipeline.
@Suite struct DuplicateRegistryTests {
    private let directory: String
    private var indexPath: String { directory + "/duplicates.index" }
    private var logPath: String { directory + "/results.jsonl" }
    private static let logger = Logger(label: "DuplicateRegistryTests")

    init() throws {
        directory = NSTemporaryDirectory() + "dedup-registry-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    private static let stories = [
        "The council voted to rebuild the harbour wall after engineers warned it could fail in a storm. "
            + "Work begins in spring and will take three years; the ferry moves to a temporary pier meanwhile.",
        "Health officials began a vaccination campaign in the northern provinces, sending mobile teams to "
            + "schools and village halls for six weeks to reach children who missed their routine doses.",
        "The national library reopened its reading room after two years of repairs to the roof, with longer "
            + "opening hours on weekends and a new section for local newspapers going back to 1850.",
    ]

    /// Analyses `text` as the daemon would, asks the registry, and appends the results line to `log`.
    @discardableResult
    private func deliver(_ text: String, as name: String, to registry: DuplicateRegistry, log: String? = nil) async throws -> DuplicateLink? {
        let article = Article(name: name, bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 1_795_000_000))
        guard case var .analyzed(record) = try AnalysisPipeline.standard().analyze(article, options: AnalysisOptions()) else {
            throw CancellationError()
        }
        record.duplicateOf = await registry.check(record)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log ?? logPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((record.json.serialized() + "\n").utf8))
        try handle.close()
        return record.duplicateOf
    }

    private func registry() -> DuplicateRegistry { DuplicateRegistry(indexPath: indexPath, logger: Self.logger) }

    private func freshLog(_ path: String) { _ = FileManager.default.createFile(atPath: path, contents: nil) }

    @Test func persistedIndexLoadsAndKeepsLinking() async throws {
        freshLog(logPath)
        let first = registry()
        #expect(await first.load(resultsLogs: [logPath]) == .init(source: .fresh, articles: 0))
        for (number, story) in Self.stories.enumerated() { try await deliver(story, as: "\(number).txt", to: first) }
        try await first.persist()
        #expect(await first.unsavedCount == 0)

        let second = registry()
        #expect(await second.load(resultsLogs: [logPath]) == .init(source: .indexFile(replayed: 0), articles: 3))
        let link = try await deliver(Self.stories[1] + " Updated at noon.", as: "copy.txt", to: second)
        #expect(link?.file == "1.txt")
        #expect(link?.kind == .near)
    }

    /// Lines written after the last persist are replayed from the log, so nothing is forgotten by a crash.
    @Test func catchesUpWithLinesWrittenAfterThePersist() async throws {
        freshLog(logPath)
        let first = registry()
        _ = await first.load(resultsLogs: [logPath])
        try await deliver(Self.stories[0], as: "a.txt", to: first)
        try await first.persist()
        try await deliver(Self.stories[2], as: "c.txt", to: first)

        let second = registry()
        #expect(await second.load(resultsLogs: [logPath]) == .init(source: .indexFile(replayed: 1), articles: 2))
        #expect(try await deliver(Self.stories[2], as: "c-again.txt", to: second)?.file == "c.txt")
    }

    @Test func aDamagedIndexIsRebuiltFromRotatedLogsInOrder() async throws {
        let rotated = logPath + ".1"
        freshLog(rotated)
        freshLog(logPath)
        let first = registry()
        _ = await first.load(resultsLogs: [rotated, logPath])
        try await deliver(Self.stories[0], as: "old.txt", to: first, log: rotated)
        try await deliver(Self.stories[0], as: "old-copy.txt", to: first, log: rotated)
        try await deliver(Self.stories[1], as: "new.txt", to: first)
        try await first.persist()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: indexPath))

        let second = registry()
        let summary = await second.load(resultsLogs: [rotated, logPath])
        #expect(summary == .init(source: .resultsLogs(reason: "\(IndexFileError.checksumMismatch)"), articles: 3))
        let link = try await deliver(Self.stories[0], as: "third-copy.txt", to: second)
        #expect(link == DuplicateLink(id: SHA256.hexDigest(of: Array(Self.stories[0].utf8)), file: "old.txt", similarity: 1, kind: .exact))
    }

    /// Two workers delivering the same story at once: exactly one of them is linked to the other.
    @Test func concurrentCopiesStillLink() async throws {
        for round in 0..<20 {
            let shared = registry()
            let text = "Round \(round): " + Self.stories[round % 3]
            let fingerprint = Fingerprint(text: text)
            let id = SHA256.hexDigest(of: Array(text.utf8))
            let links = await withTaskGroup(of: DuplicateLink?.self) { group in
                for worker in 0..<2 {
                    group.addTask {
                        await shared.check(id: id, file: "w\(worker)-\(round).txt", fingerprint: fingerprint, receivedAt: Date(timeIntervalSince1970: 0))
                    }
                }
                return await group.reduce(into: [DuplicateLink?]()) { $0.append($1) }
            }
            #expect(links.compactMap { $0 }.count == 1)
        }
    }

    /// A hand-written line with keys in another order, a nested `id` first and escapes in the name.
    @Test func readsOnlyTopLevelFieldsOfALine() async throws {
        let fingerprint = try #require(Fingerprint(text: Self.stories[2]))
        let id = SHA256.hexDigest(of: Array(Self.stories[2].utf8))
        let line = JSONValue.object([
            ("duplicateOf", .object([("id", .string(String(repeating: "0", count: 64))), ("file", .string("other.txt"))])),
            ("text", .string("quote \" and \\ and \"id\":\"fake\" inside")),
            ("file", .string("na\"me\u{00E9}\n.txt")), ("id", .string(id)),
            ("receivedAt", .string("2026-11-22T18:40:05.123Z")), ("fingerprint", fingerprint.json),
        ]).serialized()
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: logPath))
        let loaded = registry()
        #expect(await loaded.load(resultsLogs: [logPath]).articles == 1)
        let link = await loaded.check(id: id, file: "again.txt", fingerprint: fingerprint, receivedAt: Date())
        #expect(link?.file == "na\"me\u{00E9}\n.txt")
        #expect(link?.id == id)
    }

    /// Overlapping persists write one after the other; the file ends up with the latest state.
    @Test func overlappingPersistsLeaveTheLatestState() async throws {
        let shared = registry()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (number, story) in Self.stories.enumerated() {
                _ = await shared.check(id: SHA256.hexDigest(of: Array(story.utf8)), file: "\(number).txt",
                                       fingerprint: Fingerprint(text: story), receivedAt: Date(timeIntervalSince1970: 0))
                group.addTask { try await shared.persist() }
            }
            try await group.waitForAll()
        }
        try await shared.persist()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        let loaded = try NearDuplicateIndex(serialized: bytes.span)
        #expect(loaded.count == 3)
        #expect(!FileManager.default.fileExists(atPath: indexPath + ".tmp"))
    }

    @Test func aSmallerWindowAppliesAtOnce() async throws {
        let shared = registry()
        for (number, story) in Self.stories.enumerated() {
            _ = await shared.check(id: SHA256.hexDigest(of: Array(story.utf8)), file: "\(number).txt",
                                   fingerprint: Fingerprint(text: story), receivedAt: Date(timeIntervalSince1970: 0))
        }
        await shared.reconfigure(threshold: 0.8, window: DuplicateWindow(count: 1))
        #expect(await shared.count == 1)
    }

    /// A crash after a check was persisted but before its line was written: at restart the index is used
    /// (its other recent articles are in the log), and recovery's second check of that file is not linked
    /// to itself.
    @Test func aCheckWhoseLineWasNeverWrittenIsNotItsOwnCopy() async throws {
        freshLog(logPath)
        let first = registry()
        _ = await first.load(resultsLogs: [logPath])
        try await deliver(Self.stories[0], as: "written.txt", to: first)
        let id = SHA256.hexDigest(of: Array(Self.stories[1].utf8))
        let claimedAt = Date(timeIntervalSince1970: 1_795_000_100)
        _ = await first.check(id: id, file: "lost.txt", fingerprint: Fingerprint(text: Self.stories[1]), receivedAt: claimedAt)
        try await first.persist()

        let second = registry()
        #expect(await second.load(resultsLogs: [logPath]) == .init(source: .indexFile(replayed: 0), articles: 2))
        #expect(await second.check(id: id, file: "lost.txt", fingerprint: Fingerprint(text: Self.stories[1]), receivedAt: claimedAt) == nil)
        #expect(await second.count == 2)
    }
}
