import Logging
import PostgresQueue
import ServiceLifecycle
import Spool
import WorkQueue

/// Postgres mode's watcher half: claims local inbox files as the folder queue always has, inserts each
/// as a job keyed by (host, delivery token), and only once the insert is committed moves the file on
/// (`done/` or deleted, as `keepProcessed` says). A crash in between leaves the local claim, and
/// `IngestRecovery` asks the database whether its job exists. Files that cannot be read (too large, a
/// link, not a regular file) get their failure line locally through `localProcessor`, as today.
struct InboxIngester: Service {
    let local: FolderQueue
    let database: PostgresWorkQueue
    let localProcessor: ArticleProcessor
    let settings: SettingsStore
    let logger: Logger

    func run() async throws {
        await withGracefulShutdownHandler {
            while true {
                let claims = await local.claim(upTo: 16)
                if claims.isEmpty { return }
                for claim in claims { await ingest(claim) }
            }
        } onGracefulShutdown: {
            Task { await local.close() }
        }
        try? await gracefulShutdown()
    }

    private func ingest(_ claim: QueueClaim) async {
        let configuration = settings.current.configuration
        guard case let .bytes(bytes, status) = await local.read(claim, maxBytes: configuration.maxFileBytes) else {
            return await localProcessor.process(claim)
        }
        var backOff = Duration.milliseconds(500)
        while true {
            do {
                let outcome = try await database.ingest(
                    delivery: claim.delivery, name: claim.name.description, bytes: bytes, receivedAt: status.changedAt)
                try await local.settle(claim, .done(keep: configuration.keepProcessed))
                logger.debug("queued in the shared queue", metadata: [
                    "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "queue.ingest": "\(outcome)",
                ])
                return
            } catch {
                // The claim stays local: retried here, or by IngestRecovery after a restart.
                logger.warning("cannot queue a file in the shared queue; retrying", metadata: [
                    "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "error": "\(error)",
                    "retry.seconds": "\(backOff)",
                ])
                // A stop while the database is away must not wait for it: the claim stays in processing/
                // and IngestRecovery queues it at the next start.
                var waited = Duration.zero
                while waited < backOff, !local.gate.isClosed {
                    try? await localProcessor.clock.sleep(for: .milliseconds(100))
                    waited += .milliseconds(100)
                }
                if local.gate.isClosed { return }
                backOff = min(backOff * 2, .seconds(30))
            }
        }
    }
}
