import Logging
import PostgresQueue
import ServiceLifecycle
import Spool
import WorkQueue

/// Appends the lines this host committed to the shared queue to its own results and failures logs, in
/// commit order, through the export rows: `tail -f` and `jq` keep working, with the logs' own torn-line
/// and rotation rules. Rows are deleted only once their lines are durable locally.
struct LineExporter: Service {
    let database: PostgresWorkQueue
    let logs: ResultLogs
    let clock: any DaemonClock
    let logger: Logger
    /// The local logs' paths, read once at start to skip lines a crash left appended but unacknowledged.
    let resultsPath: String
    let failuresPath: String
    var idlePoll: Duration = .milliseconds(200)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var alreadyAppended: Set<String>? = nil
            // Rows up to here are in the local logs; a failed acknowledgement must not append them again.
            var appendedThrough = 0
            var backOff = Duration.seconds(1)
            while !Task.isCancelled {
                do {
                    if alreadyAppended == nil { alreadyAppended = try await skipLinesAlreadyAppended() }
                    let exported = try await exportBatch(appendedThrough: &appendedThrough)
                    backOff = .seconds(1)
                    if exported == 0 { try await clock.sleep(for: idlePoll) }
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning("cannot read this host's committed lines from the shared queue; retrying", metadata: [
                        "error": "\(error)", "retry.seconds": "\(backOff)",
                    ])
                    try? await clock.sleep(for: backOff)
                    backOff = min(backOff * 2, .seconds(30))
                }
            }
        }
        // The last committed lines reach the logs before the writer is flushed at exit.
        var appendedThrough = 0
        _ = try? await exportBatch(appendedThrough: &appendedThrough)
    }

    /// Export rows whose exact line is already at the end of its log (appended, then the daemon died before
    /// deleting the row): acknowledged without appending. Lines carry their delivery token and analysis
    /// time, so equal text is the same line.
    private func skipLinesAlreadyAppended() async throws -> Set<String> {
        let pending = try await database.pendingExports(limit: 4096)
        let window = 2 * pending.reduce(0) { $0 + $1.line.text.utf8.count + 1 } + 4096
        let tail = LocalLogTail.lines(of: resultsPath, lastBytes: window).union(LocalLogTail.lines(of: failuresPath, lastBytes: window))
        // Appends happen in export order, so the lines found form a prefix of the pending rows.
        let appended = pending.prefix { tail.contains($0.line.text) }
        if let last = appended.last {
            try await database.acknowledgeExports(through: last.id)
            logger.notice("export rows already in the local logs were acknowledged", metadata: ["export.lines": "\(appended.count)"])
        }
        return Set(appended.map(\.line.text))
    }

    /// One batch appended, made durable and acknowledged; how many lines it had.
    func exportBatch(appendedThrough: inout Int) async throws -> Int {
        let pending = try await database.pendingExports(limit: 256)
        guard let last = pending.last else { return 0 }
        let (durable, signal) = AsyncStream<Void>.makeStream()
        let unappended = pending.filter { $0.id > appendedThrough }
        for export in unappended {
            let line: QueueLine = switch export.line.outcome {
            case .result: .result(Array(export.line.text.utf8), keepInput: true)
            case .failure: .failure(Array(export.line.text.utf8))
            }
            await logs.append(line) { signal.yield() }
        }
        var count = 0
        if !unappended.isEmpty {
            for await _ in durable {
                count += 1
                if count == unappended.count { break }
            }
        }
        appendedThrough = max(appendedThrough, last.id)
        try await database.acknowledgeExports(through: last.id)
        return pending.count
    }
}
