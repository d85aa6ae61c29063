import ArticleAnalysis
import DuplicateRegistry
import Foundation
import Logging
import WorkQueue

/// Suspects: claims whose daemon died while analysing them. The file may be what killed it, so it is
/// never analysed in the daemon's own process again: the daemon reads and checks it as usual, then a
/// child process analyses the bytes under CPU, memory and wall-clock limits. A crash or a runaway ends
/// the child and becomes a `crashed` or `timeout` failure line; otherwise the child's line is read back
/// as an `AnalysisRecord` and written by the same encoder as the daemon's own records (near-duplicate
/// check, delivery token and time added here).
extension ArticleProcessor {
    /// `beforeChild` is told the wall-clock limit before the child starts (recovery extends systemd's
    /// start timeout by it).
    func processSuspect(_ claim: QueueClaim, analyzer: IsolatedAnalyzer, beforeChild: (Duration) -> Void) async {
        statistics.started(claim.delivery, now: clock.uptime())
        defer { statistics.written(claim.delivery) }
        let configuration = settings.current.configuration
        switch await queue.read(claim, maxBytes: configuration.maxFileBytes) {
        case let .rejected(reason, message, status):
            await commitFailure(FailureRecord(id: nil, file: claim.name.description, bytes: status?.size, reason: reason, message: message), claim: claim)
        case let .bytes(bytes, status):
            let request = IsolatedAnalysisRequest(
                name: claim.name.description, receivedAt: status.changedAt, options: configuration.analysis,
                limits: .forArticle(bytes: bytes.count), parent: ProcessCalls.processID(),
                orphanMarker: queue.orphanWitness(for: claim))
            statistics.isolating(claim.delivery, wallClockLimit: .seconds(request.limits.wallSeconds))
            beforeChild(.seconds(request.limits.wallSeconds))
            let outcome = await analyzer.analyse(bytes, request: request, clock: clock)
            await commit(outcome, claim: claim, id: SHA256.hexDigest(of: bytes), bytes: bytes.count, request: request)
        }
    }

    /// The line for how the child ended: its record (checked against the bytes sent), or a failure.
    private func commit(_ outcome: IsolatedOutcome, claim: QueueClaim, id: String, bytes: Int, request: IsolatedAnalysisRequest) async {
        let name = request.name
        switch outcome {
        case let .line(line):
            guard let record = try? AnalysisRecord(line: line) else {
                let value = (try? JSONReader.value(of: line)) ?? .null
                return await commitFailure(Self.failureRecord(value, id: id, file: name, bytes: bytes), claim: claim)
            }
            guard record.id == id else {
                let message = "the isolated analysis returned a record for other bytes"
                return await commitFailure(FailureRecord(id: id, file: name, bytes: bytes, reason: .internal, message: message), claim: claim)
            }
            let link = await duplicates.check(
                id: id, file: name, fingerprint: record.sections.fingerprint,
                receivedAt: Date(timeIntervalSince1970: request.receivedAt))
            await commitResult(record, link: link, claim: claim)
        case .crashed, .timeout, .broken:
            let (reason, message) = outcome.failure(limits: request.limits) ?? (.internal, "the isolated analysis ended without a record")
            await commitFailure(FailureRecord(id: id, file: name, bytes: bytes, reason: reason, message: message), claim: claim)
        }
    }

    /// Writes a failure line for a delivery (with its token and time) and moves the input to `failed/`.
    func commitFailure(_ failure: FailureRecord, claim: QueueClaim) async {
        var record = failure
        record.delivery = claim.delivery
        record.at = Date(timeIntervalSince1970: clock.now())
        await commit(ProcessedLine.failure(record).queueLine(keepInput: false), claim: claim)
        logger.warning("article failed", metadata: [
            "article.id": "\(record.id ?? "-")", "article.file": "\(record.file)", "outcome": "failed",
            "failure.reason": "\(record.reason.rawValue)", "failure.message": "\(record.message)",
            "spool.claim": "\(claim.delivery)", "analysis.isolated": "true", "message.id": "article-failed",
        ])
    }

    private func commitResult(_ record: AnalysisRecord, link: DuplicateLink?, claim: QueueClaim) async {
        var record = record
        record.delivery = claim.delivery
        record.analyzedAt = Date(timeIntervalSince1970: clock.now())
        record.duplicateOf = link
        let keep = settings.current.configuration.keepProcessed
        await commit(ProcessedLine.result(record).queueLine(keepInput: keep), claim: claim)
        logger.info("article analysed", metadata: [
            "article.id": "\(record.id)", "article.file": "\(claim.name)", "outcome": "analysed",
            "spool.claim": "\(claim.delivery)", "analysis.isolated": "true", "message.id": "article-analysed",
        ])
    }

    /// The child's failure record (an empty or binary file fails in the analysis, not in the read).
    static func failureRecord(_ line: JSONValue, id: String, file: String, bytes: Int) -> FailureRecord {
        guard case let .string(code)? = line["reason"], let reason = FailureReason(rawValue: code),
            case let .string(message)? = line["message"]
        else {
            return FailureRecord(id: id, file: file, bytes: bytes, reason: .internal, message: "the isolated analysis wrote a failure line without a known reason")
        }
        return FailureRecord(id: id, file: file, bytes: bytes, reason: reason, message: message)
    }
}
