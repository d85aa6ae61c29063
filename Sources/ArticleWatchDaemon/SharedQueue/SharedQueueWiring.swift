import DuplicateRegistry
import Logging
import PostgresQueue
import ServiceLifecycle
import Spool
import Systemd
import WorkQueue

/// Postgres mode, assembled: the local folder queue stays the inbox (ingested into the database), the
/// workers claim shared work, and this host's committed lines come back to its local logs as exports.
struct SharedQueueWiring {
    let database: PostgresWorkQueue
    let shared: SharedWorkQueue
    let local: FolderQueue
    let localProcessor: ArticleProcessor
    let sharedProcessor: ArticleProcessor
    let settings: SettingsStore
    let logs: ResultLogs
    let logger: Logger

    /// Connects and migrates, waiting with back-off (1 s doubling to 30 s) while the database cannot be
    /// reached, with the reason in STATUS; a wrong URL, refused credentials, a missing database or a
    /// newer schema end the start with their error. Nil when `stopRequested` says to give up. Each of the
    /// `workers` gets a connection of its own for claims and commits besides the one ingest and export use,
    /// and lease renewal one more, so nothing the others wait for can make this host's leases lapse.
    static func connect(
        _ settings: QueueSettings, workers: Int, notifier: any ServiceManagerNotifier, clock: any DaemonClock, logger: Logger,
        stopRequested: @Sendable () async -> Bool
    ) async throws -> PostgresWorkQueue? {
        var backOff = Duration.seconds(1)
        while true {
            do {
                let connection = try await PostgresConnection.connect(settings.url ?? "")
                let report = try await SchemaMigrator.migrate(connection)
                logger.notice("connected to the shared queue", metadata: [
                    "queue.target": "\(connection.target)", "queue.host": "\(settings.host)", "queue.schema": "\(report.toVersion)",
                    "queue.migrated": "\(report.applied)", "message.id": "queue-connected",
                ])
                var workerConnections: [PostgresConnection] = []
                for _ in 0..<workers { workerConnections.append(try await PostgresConnection.connect(settings.url ?? "")) }
                let leaseConnection = try await PostgresConnection.connect(settings.url ?? "")
                return PostgresWorkQueue(
                    connection: connection, host: settings.host, leaseSeconds: settings.leaseSeconds, workerConnections: workerConnections,
                    leaseConnection: leaseConnection)
            } catch let error as PostgresError where error.isConnectionProblem {
                logger.error("shared queue unreachable; retrying", metadata: [
                    "error": "\(error)", "retry.seconds": "\(backOff)", "message.id": "queue-unreachable",
                ])
                notifier.status("waiting for the shared queue's database: \(error.message)")
                notifier.extendTimeout(by: backOff + .seconds(30))
                var waited = Duration.zero
                while waited < backOff {
                    if await stopRequested() { return nil }
                    try? await clock.sleep(for: .milliseconds(200))
                    waited += .milliseconds(200)
                }
                backOff = min(backOff * 2, .seconds(30))
            }
        }
    }

    /// Local claims first (their files are ingested or moved on), then the shared jobs whose claimers'
    /// leases lapsed, analysed in the isolated child as the folder's recovery does.
    func recover(notifier: any ServiceManagerNotifier) async throws {
        let local = try await IngestRecovery(local: local, database: database, settings: settings, logger: logger).run()
        // Recovery claims every lapsed job at once and isolates them one by one: without renewal the later
        // ones' leases would lapse meanwhile, be taken over, and count as deaths they were not.
        let renewal = Task { [shared, database, logger, clock = sharedProcessor.clock] in
            await LeaseRenewer(shared: shared, leaseSeconds: database.leaseSeconds, clock: clock, logger: logger).renewUntilCancelled()
        }
        defer { renewal.cancel() }
        let summary = try await Recovery(
            queue: shared, processor: sharedProcessor, logger: logger, extendStartTimeout: { notifier.extendTimeout(by: $0) },
            policy: .sharedQueue
        ).run()
        if local + summary.total > 0 {
            logger.notice("shared queue recovery finished", metadata: [
                "recovery.localClaims": "\(local)", "recovery.analysedAgain": "\(summary.analysedAgain)", "recovery.givenUp": "\(summary.givenUp)",
            ])
        }
    }

    /// Maintenance, exporter, lease renewal, workers and ingester, in the order the group stops them last
    /// to first: the ingester stops taking inbox files, the workers drain (their leases renewed until
    /// they have), and the exporter writes the last committed lines.
    func services(workers: Int, url: String) -> [any Service] {
        let processor = sharedProcessor
        return [
            SharedMaintenanceService(url: url, settings: settings, clock: processor.clock, logger: logger),
            LineExporter(
                database: database, logs: logs, clock: processor.clock, logger: logger, resultsPath: settings.current.configuration.results,
                failuresPath: settings.current.configuration.failures),
            LeaseRenewer(shared: shared, leaseSeconds: database.leaseSeconds, clock: processor.clock, logger: logger),
            AnalysisWorkers(count: workers, queue: shared, processor: processor, logger: logger, claimBatch: SharedWorkQueue.claimBatch) { claim in
                // Claimed before and never committed: its claimer died or stalled. Analysed in the isolated
                // child, and given up after three unexplained deaths, as recovery does with a suspect.
                if let verdict = GiveUpPolicy.sharedQueue.verdict(claim) {
                    await processor.giveUp(claim, reason: verdict.reason, message: verdict.message)
                } else {
                    await processor.processSuspect(claim, analyzer: .reexecutingSelf) { _ in }
                }
            },
            InboxIngester(local: local, database: database, localProcessor: localProcessor, settings: settings, logger: logger),
        ]
    }
}
