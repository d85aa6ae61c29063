import CMallocTuning
import DuplicateRegistry
import Foundation
import Logging
import ServiceLifecycle
import Spool
import WorkQueue

/// Loads the near-duplicate registry at start and writes its index file now and then, so the next
/// start loads it instead of replaying every results log. Listed before the workers: the group stops it
/// after they drained, and its last act is a final persist.
struct DuplicateIndexKeeper: Service {
    let registry: DuplicateRegistry
    let clock: any DaemonClock
    let logger: Logger
    static let persistEvery: Duration = .seconds(60)

    /// Where the index lives: beside the results log.
    static func indexPath(forResults results: String) -> String {
        URL(fileURLWithPath: results).deletingLastPathComponent().appendingPathComponent("duplicates.index").path
    }

    /// Loads from the index file (or rebuilds from the results logs, oldest first) and persists a rebuilt one.
    static func load(_ registry: DuplicateRegistry, configuration: Configuration, logger: Logger) async {
        let rotated = (1...max(1, configuration.rotateKeep)).reversed().map { "\(configuration.results).\($0)" }
        let logs = (rotated + [configuration.results]).filter { FileManager.default.fileExists(atPath: $0) }
        let summary = await registry.load(resultsLogs: logs)
        logger.info("duplicate index loaded", metadata: ["duplicates.articles": "\(summary.articles)", "duplicates.source": "\(summary.source)"])
        if case .resultsLogs = summary.source { await persist(registry, logger: logger) }
    }

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await clock.sleep(for: Self.persistEvery)
                if await registry.unsavedCount > 0 {
                    await Self.persist(registry, logger: logger)
                    // The snapshot is freed now; a minute's analyses have left free pages inside malloc's
                    // arenas too. Handing them back took RSS from 45.6 to 44.2 MiB at 30k articles (memory
                    // phase of scripts/bench/daemon_bench.py), for one walk of the free lists a minute.
                    aw_malloc_trim()
                }
            }
        }
        await Self.persist(registry, logger: logger)
    }

    static func persist(_ registry: DuplicateRegistry, logger: Logger) async {
        do { try await registry.persist() } catch {
            let path = await registry.indexPath
            logger.error("cannot write the duplicate index; it will be rebuilt from the logs at next start", metadata: [
                "duplicates.index": "\(path)", "error": "\(error)",
            ])
        }
    }
}
