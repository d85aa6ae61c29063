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
    /// Bytes one ingest transaction carries at most (a single larger file goes alone): a batch is read
    /// into memory before it is inserted.
    static let batchBytes = 8 << 20

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
                await ingest(claims)
            }
        } onGracefulShutdown: {
            Task { await local.close() }
        }
        try? await gracefulShutdown()
    }

    /// The claimed files that can be read are inserted together, in one transaction per `batchBytes`
    /// (one commit's WAL flush for all the files waiting, not one each); the others get their failure
    /// line locally.
    private func ingest(_ claims: [QueueClaim]) async {
        var batch: [(claim: QueueClaim, file: IngestedFile)] = []
        var batchBytes = 0
        for claim in claims {
            guard case let .bytes(bytes, status) = await local.read(claim, maxBytes: settings.current.configuration.maxFileBytes) else {
                await localProcessor.process(claim)
                continue
            }
            if !batch.isEmpty, batchBytes + bytes.count > Self.batchBytes {
                await queue(batch)
                (batch, batchBytes) = ([], 0)
            }
            batch.append((claim, IngestedFile(delivery: claim.delivery, name: claim.name.description, bytes: bytes, receivedAt: status.changedAt)))
            batchBytes += bytes.count
        }
        if !batch.isEmpty { await queue(batch) }
    }

    /// Inserts the batch, then moves each file on once the insert is committed; retried with back-off
    /// while the database fails (inserting again is harmless: a queued delivery is not queued twice).
    private func queue(_ batch: [(claim: QueueClaim, file: IngestedFile)]) async {
        var unsettled = batch
        var backOff = Duration.milliseconds(500)
        while true {
            do {
                let outcomes = try await database.ingest(unsettled.map(\.file))
                let keep = settings.current.configuration.keepProcessed
                for (claim, outcome) in zip(unsettled.map(\.claim), outcomes) {
                    try await local.settle(claim, .done(keep: keep))
                    unsettled.removeFirst()
                    logger.debug("queued in the shared queue", metadata: [
                        "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "queue.ingest": "\(outcome)",
                    ])
                }
                return
            } catch {
                // The claims stay local: retried here, or by IngestRecovery after a restart.
                for claim in unsettled.map(\.claim) {
                    logger.warning("cannot queue a file in the shared queue; retrying", metadata: [
                        "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "error": "\(error)",
                        "retry.seconds": "\(backOff)",
                    ])
                }
                // A stop while the database is away must not wait for it: the claims stay in processing/
                // and IngestRecovery queues them at the next start.
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
