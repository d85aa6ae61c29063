import ArticleAnalysis
import Dispatch
import DuplicateRegistry
import Foundation
import Logging
import WorkQueue

/// One delivery from claim to commit: read it safely, analyse it off the cooperative pool, and commit
/// its line through the queue, which makes the line durable before it moves the input on. The order is
/// what makes "exactly one line per delivered file" survive a crash at any point. `process` returns as
/// soon as the line is written; the count and the journal line follow when the commit settles.
struct ArticleProcessor: Sendable {
    let queue: any WorkQueue
    let settings: SettingsStore
    let statistics: DaemonStatistics
    let duplicates: DuplicateRegistry
    let clock: any DaemonClock
    let logger: Logger

    func process(_ claim: QueueClaim) async {
        statistics.started(claim.delivery, now: clock.uptime())
        defer { statistics.written(claim.delivery) }
        let snapshot = settings.current
        var line = await analyse(claim, snapshot: snapshot)
        stamp(&line, claim: claim)
        await commit(line.queueLine(keepInput: snapshot.configuration.keepProcessed), claim: claim) { [self, line] in
            report(line, claim: claim)
        }
    }

    /// Reads and analyses; everything that goes wrong becomes a failure line, never a thrown error.
    func analyse(_ claim: QueueClaim, snapshot: SettingsStore.Snapshot) async -> ProcessedLine {
        let content = await queue.read(claim, maxBytes: snapshot.configuration.maxFileBytes)
        let line = await Self.offThePool { [clock] in
            ArticleLine.make(
                name: claim.name.description, content: content, pipeline: snapshot.pipeline, options: snapshot.configuration.analysis,
                clock: clock)
        }
        guard case var .result(record) = line else { return line }
        // One actor call finds the earlier article and remembers this one, atomically.
        record.duplicateOf = await duplicates.check(record)
        return .result(record)
    }

    /// The delivery token, which is how recovery and `lookUp` find the line again.
    private func stamp(_ line: inout ProcessedLine, claim: QueueClaim) {
        switch line {
        case var .result(record):
            record.delivery = claim.delivery
            line = .result(record)
        case var .failure(record):
            record.delivery = claim.delivery
            line = .failure(record)
        }
    }

    /// The one way a line leaves the daemon (its own analyses, suspects, given-up claims): committed
    /// through the queue, counted once it settled, `onSettled` told after.
    func commit(_ line: QueueLine, claim: QueueClaim, onSettled: @escaping @Sendable () -> Void = {}) async {
        await queue.commit(claim, line: line) { [self] outcome in
            settled(outcome, line: line, claim: claim, retried: false, onSettled: onSettled)
        }
    }

    private func settled(_ outcome: CommitOutcome, line: QueueLine, claim: QueueClaim, retried: Bool, onSettled: @escaping @Sendable () -> Void) {
        switch outcome {
        case .settled, .lineDurableInputStuck:
            // The line stands either way; a stuck input is moved on by recovery at the next start.
            statistics.recordCompletion(failed: line.disposition == .failed)
            onSettled()
        case .fenced:
            logger.warning("another attempt holds this input now; its line was not written", metadata: [
                "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "claim.attempt": "\(claim.attempt)",
            ])
        case let .unknown(reason):
            Task { await settleLostReply(line: line, claim: claim, reason: reason, retried: retried, onSettled: onSettled) }
        }
    }

    /// A commit whose reply was lost: ask the queue what became of the claim instead of guessing, so the
    /// line is written once. Nothing written yet: commit once more; still unknown: recovery decides.
    private func settleLostReply(line: QueueLine, claim: QueueClaim, reason: String, retried: Bool, onSettled: @escaping @Sendable () -> Void) async {
        logger.warning("a commit's outcome is unknown; looking the claim up", metadata: [
            "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "error": "\(reason)",
        ])
        let state: ClaimState
        do { state = try await queue.lookUp(claim) } catch {
            logger.error("cannot look the claim up; recovery will settle it", metadata: ["spool.claim": "\(claim.delivery)", "error": "\(error)"])
            return
        }
        switch state {
        case .settled:
            settled(.settled, line: line, claim: claim, retried: retried, onSettled: onSettled)
        case let .lineWritten(disposition):
            let outcome: CommitOutcome
            do {
                try await queue.settle(claim, disposition)
                outcome = .settled
            } catch { outcome = .lineDurableInputStuck("\(error)") }
            settled(outcome, line: line, claim: claim, retried: retried, onSettled: onSettled)
        case .claimed where !retried:
            await queue.commit(claim, line: line) { [self] outcome in
                settled(outcome, line: line, claim: claim, retried: true, onSettled: onSettled)
            }
        case .claimed, .unknown:
            logger.error("a commit's outcome is still unknown; recovery will settle it", metadata: ["spool.claim": "\(claim.delivery)"])
        case .claimedByOther:
            settled(.fenced, line: line, claim: claim, retried: retried, onSettled: onSettled)
        }
    }

    private func report(_ line: ProcessedLine, claim: QueueClaim) {
        switch line {
        case let .result(record):
            logger.info("article analysed", metadata: [
                "article.id": "\(record.id)", "article.file": "\(record.file)", "article.bytes": "\(record.bytes)",
                "duration.ms": "\(record.durationMs ?? 0)", "outcome": "analysed", "spool.claim": "\(claim.delivery)",
                "message.id": "article-analysed",
            ])
        case let .failure(record):
            logger.warning("article failed", metadata: [
                "article.id": "\(record.id ?? "-")", "article.file": "\(record.file)", "outcome": "failed",
                "failure.reason": "\(record.reason.rawValue)", "failure.message": "\(record.message)",
                "spool.claim": "\(claim.delivery)", "message.id": "article-failed",
            ])
        }
    }

    /// The analysis is CPU-bound and synchronous: run it on a Dispatch thread so the cooperative pool
    /// stays free for the watcher, the writer and the watchdog.
    static func offThePool<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
