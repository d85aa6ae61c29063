import ArticleAnalysis
import Dispatch
import DuplicateRegistry
import Foundation
import Logging
import Spool
import WorkQueue

/// One delivery from claim to commit: read it safely, analyse it off the cooperative pool, write its
/// line, and only once the line is durable move the input on. The order is what makes "exactly one
/// line per delivered file" survive a crash at any point. The move runs when the group commit covering
/// the line completes, so `process` returns as soon as the line is written.
struct ArticleProcessor: Sendable {
    let spool: Spool
    let writer: ResultWriter
    let settings: SettingsStore
    let statistics: DaemonStatistics
    let duplicates: DuplicateRegistry
    let logger: Logger

    func process(_ claim: QueueClaim) async {
        statistics.started(claim.delivery)
        defer { statistics.written(claim.delivery) }
        let snapshot = settings.current
        let started = ContinuousClock.now
        var line = await analyse(claim, snapshot: snapshot)
        let duration = ContinuousClock.now - started
        stamp(&line, claim: claim, duration: duration)
        let disposition: Disposition = line.isFailure ? .failed : .done(keep: snapshot.configuration.keepProcessed)
        await writer.write(line) { [self, line] in
            finish(claim, disposition)
            statistics.recordCompletion(failed: line.isFailure)
            report(line, claim: claim)
        }
    }

    /// Reads and analyses; everything that goes wrong becomes a failure line, never a thrown error.
    func analyse(_ claim: QueueClaim, snapshot: SettingsStore.Snapshot) async -> ProcessedLine {
        switch spool.read(claim, maxBytes: snapshot.configuration.maxFileBytes) {
        case let .rejected(reason, message, status):
            return .failure(FailureRecord(id: nil, file: claim.name.description, bytes: status?.size, reason: reason, message: message))
        case let .bytes(bytes, status):
            let article = Article(name: claim.name.description, bytes: bytes, receivedAt: Date(timeIntervalSince1970: status.changedAt))
            let outcome = await Self.offThePool { snapshot.pipeline.analyze(article, options: snapshot.configuration.analysis) }
            switch outcome {
            case var .analyzed(record):
                // One actor call finds the earlier article and remembers this one, atomically.
                record.duplicateOf = await duplicates.check(record)
                return .result(record)
            case let .failed(record): return .failure(record)
            }
        }
    }

    private func stamp(_ line: inout ProcessedLine, claim: QueueClaim, duration: Duration) {
        let now = Date()
        switch line {
        case var .result(record):
            record.delivery = claim.delivery
            record.analyzedAt = now
            record.durationMs = duration.inMilliseconds
            line = .result(record)
        case var .failure(record):
            record.delivery = claim.delivery
            record.at = now
            line = .failure(record)
        }
    }

    /// Moves the input on once its line is durable. If that fails the line still stands, and recovery
    /// finishes the move at the next start (it finds the delivery token in the log).
    func finish(_ claim: QueueClaim, _ disposition: Disposition) {
        do { try spool.finish(claim, disposition) } catch {
            logger.error("cannot move the input on; recovery will at next start", metadata: [
                "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "error": "\(error)",
            ])
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
