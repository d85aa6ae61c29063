import Logging
import PostgresQueue
import ServiceLifecycle
import Spool
import WorkQueue

/// Appends the lines this host committed to the shared queue to its own results and failures logs, in
/// commit order, through the export rows: `tail -f` and `jq` keep working, with the logs' own torn-line
/// and rotation rules. Rows are deleted only once their lines are durable locally.
///
/// The lines come from memory (the queue's `outbox`, filled as each commit returns), so the server does
/// not read every line back. The rows stay the record: every `rowPoll` the pending rows are listed, and a
/// row still pending since the last look (its line never came through memory: committed before a crash,
/// settled by a lookup) is read and appended then. Ids appended either way are remembered, so a line that
/// comes both ways is appended once.
struct LineExporter: Service {
    let database: PostgresWorkQueue
    let logs: ResultLogs
    let clock: any DaemonClock
    let logger: Logger
    /// The local logs' paths, read once at start to skip lines a crash left appended but unacknowledged.
    let resultsPath: String
    let failuresPath: String
    /// How long the exporter waits before looking in memory again, busy or idle: the lines committed
    /// meanwhile are appended, made durable and acknowledged together. Looking again at once after each
    /// round made an append, an fsync of the local log and an acknowledgement (a WAL flush) per commit
    /// transaction, as many synchronous writes as the workers' own, on the disk whose flushes the workers'
    /// commits wait for.
    var poll: Duration = .milliseconds(50)
    /// How often the pending rows are listed for lines that did not come through memory.
    var rowPoll: Duration = .seconds(1)

    func run() async throws {
        database.outbox.open()
        var ledger = await cancelWhenGracefulShutdown {
            var ledger = ExportLedger()
            var started = false
            // The first look reads every pending row: lines an earlier incarnation committed.
            var onlyStale = false
            var nextRowPoll = clock.uptime()
            var backOff = Duration.seconds(1)
            while !Task.isCancelled {
                do {
                    if !started {
                        try await skipLinesAlreadyAppended(&ledger)
                        started = true
                    }
                    _ = try await exportFromMemory(&ledger)
                    // Also while lines keep coming through memory: a busy host must not hold back a line
                    // that only the rows have until it is idle.
                    if clock.uptime() >= nextRowPoll {
                        _ = try await exportPendingRows(&ledger, onlyStale: onlyStale)
                        onlyStale = true
                        nextRowPoll = clock.uptime() + rowPoll
                    }
                    backOff = .seconds(1)
                    try await clock.sleep(for: poll)
                } catch is CancellationError {
                    break
                } catch {
                    logger.warning("cannot read this host's committed lines from the shared queue; retrying", metadata: [
                        "error": "\(error)", "retry.seconds": "\(backOff)",
                    ])
                    try? await clock.sleep(for: backOff)
                    backOff = min(backOff * 2, .seconds(30))
                }
            }
            return ledger
        }
        // The last committed lines reach the logs before the writer is flushed at exit.
        _ = try? await exportFromMemory(&ledger)
        _ = try? await exportPendingRows(&ledger, onlyStale: false)
    }

    /// Export rows whose exact line is already at the end of its log (appended, then the daemon died before
    /// deleting the row): acknowledged without appending.
    private func skipLinesAlreadyAppended(_ ledger: inout ExportLedger) async throws {
        let pending = try await database.pendingExports(limit: 4096)
        let window = 2 * pending.reduce(0) { $0 + $1.line.text.utf8.count + 1 } + 4096
        let tail = LocalLogTail.lines(of: resultsPath, lastBytes: window).union(LocalLogTail.lines(of: failuresPath, lastBytes: window))
        let appended = LocalLogTail.alreadyAppended(pending, line: \.line.text, in: tail)
        guard !appended.isEmpty else { return }
        ledger.remember(appended.map(\.id))
        try await database.acknowledgeExports(appended.map(\.id))
        logger.notice("export rows already in the local logs were acknowledged", metadata: ["export.lines": "\(appended.count)"])
    }

    /// The lines committed since the last call, appended, made durable and acknowledged; how many.
    func exportFromMemory(_ ledger: inout ExportLedger) async throws -> Int {
        let committed = database.outbox.take()
        try await appendAndAcknowledge(committed, &ledger)
        return committed.count
    }

    /// The pending rows: those already appended are acknowledged, the others read and appended. With
    /// `onlyStale`, only rows that were pending at the last look too: a fresher one's line is most
    /// likely on its way through memory. How many rows were settled.
    func exportPendingRows(_ ledger: inout ExportLedger, onlyStale: Bool) async throws -> Int {
        let pending = try await database.pendingExportIDs(limit: 4096)
        let wanted = pending.filter { !ledger.contains($0) && (!onlyStale || ledger.wasPending($0)) }
        let appendedBefore = pending.filter(ledger.contains)
        ledger.notePending(pending)
        let read = wanted.isEmpty ? [] : try await database.pendingExports(ids: wanted)
        try await database.acknowledgeExports(appendedBefore)
        try await appendAndAcknowledge(read, &ledger)
        return appendedBefore.count + read.count
    }

    /// Appends the exports not appended before, waits until the logs hold them durably, then deletes
    /// their rows. A failed acknowledgement leaves them remembered: the next look at the rows only
    /// acknowledges them.
    private func appendAndAcknowledge(_ exports: [PendingExport], _ ledger: inout ExportLedger) async throws {
        guard !exports.isEmpty else { return }
        let fresh = exports.filter { !ledger.contains($0.id) }
        if !fresh.isEmpty {
            let (durable, signal) = AsyncStream<Void>.makeStream()
            for export in fresh {
                let line: QueueLine = switch export.line.outcome {
                case .result: .result(Array(export.line.text.utf8), keepInput: true)
                case .failure: .failure(Array(export.line.text.utf8))
                }
                await logs.append(line) { signal.yield() }
            }
            var count = 0
            for await _ in durable {
                count += 1
                if count == fresh.count { break }
            }
            ledger.remember(fresh.map(\.id))
        }
        try await database.acknowledgeExports(exports.map(\.id))
    }
}
