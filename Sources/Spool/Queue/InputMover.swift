import Logging
import WorkQueue

/// Moves inputs on once their lines are durable, one after another on a task of its own: the log
/// appender only hands the move over, so the lstat, rename, readdir and rmdir of every commit run off
/// the log's actor and appends go on meanwhile. `drain` waits for every move handed over before it.
final class InputMover: Sendable {
    private enum Job: Sendable {
        case move(QueueClaim, Disposition, @Sendable (CommitOutcome) -> Void)
        case drained(CheckedContinuation<Void, Never>)
    }

    private let jobs: AsyncStream<Job>.Continuation

    init(spool: Spool, logger: Logger) {
        let (stream, continuation) = AsyncStream.makeStream(of: Job.self)
        jobs = continuation
        Task.detached {
            for await job in stream {
                switch job {
                case let .move(claim, disposition, whenSettled):
                    do {
                        try spool.finish(claim, disposition)
                        whenSettled(.settled)
                    } catch {
                        logger.error("cannot move the input on; recovery will at next start", metadata: [
                            "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "error": "\(error)",
                        ])
                        whenSettled(.lineDurableInputStuck("\(error)"))
                    }
                case let .drained(waiter): waiter.resume()
                }
            }
        }
    }

    func move(_ claim: QueueClaim, _ disposition: Disposition, whenSettled: @escaping @Sendable (CommitOutcome) -> Void) {
        jobs.yield(.move(claim, disposition, whenSettled))
    }

    /// Returns once every move handed over before this call is done.
    func drain() async {
        await withCheckedContinuation { jobs.yield(.drained($0)) }
    }

    deinit { jobs.finish() }
}
