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
    let logger: Logger
    var idlePoll: Duration = .milliseconds(200)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var backOff = Duration.seconds(1)
            while !Task.isCancelled {
                do {
                    let exported = try await exportBatch()
                    backOff = .seconds(1)
                    if exported == 0 { try await Task.sleep(for: idlePoll) }
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning("cannot read this host's committed lines from the shared queue; retrying", metadata: [
                        "error": "\(error)", "retry.seconds": "\(backOff)",
                    ])
                    try? await Task.sleep(for: backOff)
                    backOff = min(backOff * 2, .seconds(30))
                }
            }
        }
        // The last committed lines reach the logs before the writer is flushed at exit.
        _ = try? await exportBatch()
    }

    /// One batch appended, made durable and acknowledged; how many lines it had.
    func exportBatch() async throws -> Int {
        let pending = try await database.pendingExports(limit: 256)
        guard let last = pending.last else { return 0 }
        let (durable, signal) = AsyncStream<Void>.makeStream()
        for export in pending {
            let line: QueueLine = switch export.line.outcome {
            case .result: .result(Array(export.line.text.utf8), keepInput: true)
            case .failure: .failure(Array(export.line.text.utf8))
            }
            await logs.append(line) { signal.yield() }
        }
        var count = 0
        for await _ in durable {
            count += 1
            if count == pending.count { break }
        }
        try await database.acknowledgeExports(through: last.id)
        return pending.count
    }
}
