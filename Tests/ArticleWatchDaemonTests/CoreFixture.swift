@testable import ArticleWatchDaemon
import DuplicateRegistry
import Foundation
import Logging
import WorkQueue

/// The daemon's core on the in-memory queue and the test clock: no spool, no log files, no process.
struct CoreFixture {
    let clock = TestClock(wall: 1_800_000_000)
    let queue: InMemoryQueue
    let statistics = DaemonStatistics()
    let settings: SettingsStore
    let processor: ArticleProcessor

    init(configure: (inout Configuration) -> Void = { _ in }, leaseDuration: Duration? = nil) throws {
        var configuration = Configuration.defaults(processorCount: 1)
        configure(&configuration)
        settings = try SettingsStore(configuration)
        queue = InMemoryQueue(clock: clock, leaseDuration: leaseDuration)
        let logger = Logger(label: "core-test")
        let duplicates = DuplicateRegistry(indexPath: NSTemporaryDirectory() + "core-\(UUID().uuidString).index", logger: logger)
        processor = ArticleProcessor(
            queue: queue, settings: settings, statistics: statistics, duplicates: duplicates, clock: clock, logger: logger)
    }

    static let article = Array(
        ("The harbour council voted on Tuesday to rebuild the sea wall before the winter storms arrive. "
            + "Engineers warned that the old wall could fail, and the ferry will move to a temporary pier.").utf8)

    /// The results lines committed, parsed.
    func results() async -> [[String: Any]] { Self.parse(await queue.resultLines) }

    /// The failures lines committed, parsed.
    func failures() async -> [[String: Any]] { Self.parse(await queue.failureLines) }

    private static func parse(_ lines: [[UInt8]]) -> [[String: Any]] {
        lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
    }

    /// Waits (yielding, no clock time) until `done` holds: for work a lost reply hands to a task.
    func settle(until done: @Sendable () -> Bool) async {
        for _ in 0..<10_000 where !done() { await Task.yield() }
    }
}
