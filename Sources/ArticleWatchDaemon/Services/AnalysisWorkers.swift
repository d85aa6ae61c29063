import Logging
import ServiceLifecycle
import WorkQueue

/// `workers` consumers of the queue. Each claims only when it is free (back-pressure); while claiming
/// is paused the queue keeps it waiting, and the resume wakes it. Each claim runs to its commit.
struct AnalysisWorkers: Service {
    let count: Int
    let queue: any WorkQueue
    let processor: ArticleProcessor
    let logger: Logger
    /// Claims taken at once by a worker, all analysed before it claims again (a drain finishes them).
    /// One for the folder queue; the shared queue's batch (`SharedWorkQueue.claimBatch`) saves a
    /// database round trip and a synchronous commit per file.
    var claimBatch = 1
    /// A claim taken over from a claimer that died (the shared queue's `recoveryAttempts` > 0) goes here
    /// instead of the in-process analysis; nil for the folder queue, whose recovery does that at start.
    var suspect: (@Sendable (QueueClaim) async -> Void)? = nil

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
        while true {
            let claims = await queue.claim(upTo: claimBatch)
            if claims.isEmpty { return }
            for claim in claims {
                if claim.recoveryAttempts > 0, let suspect { await suspect(claim) } else { await processor.process(claim) }
            }
        }
    }
}
