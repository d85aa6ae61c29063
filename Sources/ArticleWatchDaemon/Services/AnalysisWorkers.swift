import Logging
import ServiceLifecycle
import Spool
import WorkQueue

/// `workers` consumers of the inbox queue. Each claims a name only when it is free (back-pressure) and
/// not while the logs are unwritable (pause), then runs one delivery to its commit.
struct AnalysisWorkers: Service {
    let count: Int
    let queue: InboxQueue
    let spool: Spool
    let processor: ArticleProcessor
    let statistics: DaemonStatistics
    let logger: Logger

    func run() async throws {
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<count { group.addTask { await self.work() } }
            }
        } onGracefulShutdown: {
            Task { await queue.close() }
        }
        // Returning before the group asks would look like a crash to ServiceGroup: wait for our turn.
        try? await gracefulShutdown()
    }

    private func work() async {
        while let name = await queue.next() {
            await waitWhilePaused()
            let claim: QueueClaim?
            do { claim = try spool.claim(name) } catch {
                logger.error("cannot claim a file", metadata: ["article.file": "\(name)", "error": "\(error)"])
                try? await Task.sleep(for: .milliseconds(200))
                continue
            }
            guard let claim else { continue }
            await processor.process(claim)
        }
    }

    private func waitWhilePaused() async {
        while statistics.snapshot.pausedBecause != nil && !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(100))
        }
    }
}
