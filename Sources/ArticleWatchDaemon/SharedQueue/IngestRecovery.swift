import Logging
import PostgresQueue
import Spool
import WorkQueue

/// Local claims a dead daemon left in postgres mode: a file claimed from the inbox whose job may or may
/// not have reached the database. The database is asked; a job that exists (queued or committed) only
/// needs the file moved on, a missing one is inserted first. A claim whose line is already in a local log
/// (a local failure line for an unreadable file) is moved on as the folder queue's recovery does.
struct IngestRecovery {
    let local: FolderQueue
    let database: PostgresWorkQueue
    let settings: SettingsStore
    let logger: Logger

    func run() async throws -> Int {
        let recovered = try await local.recover()
        let keep = settings.current.configuration.keepProcessed
        for item in recovered {
            let claim = item.claim
            if case let .lineWritten(disposition) = item.state {
                try await local.settle(claim, disposition)
                continue
            }
            let state = try await database.state(ofDelivery: claim.delivery)
            if state == .absent, case let .bytes(bytes, status) = await local.read(claim, maxBytes: settings.current.configuration.maxFileBytes) {
                _ = try await database.ingest(delivery: claim.delivery, name: claim.name.description, bytes: bytes, receivedAt: status.changedAt)
            }
            try await local.settle(claim, .done(keep: keep))
            logger.notice("recovered a local claim for the shared queue", metadata: [
                "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "queue.state": "\(state)",
            ])
        }
        await local.endRecovery()
        return recovered.count
    }
}
