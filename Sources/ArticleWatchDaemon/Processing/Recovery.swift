import ArticleAnalysis
import Foundation
import Logging
import Spool

/// Start-up reconciliation of `processing/`, before the watcher starts: a claim whose line is already
/// in a log is only moved on; any other is analysed again (its line carries the same delivery token);
/// one that recovery already tried `maxAttempts` times is failed as `internal` instead of crashing us again.
struct Recovery {
    static let maxAttempts = 2

    struct Summary: Sendable, Equatable {
        var movedOn = 0
        var analysedAgain = 0
        var givenUp = 0
        var total: Int { movedOn + analysedAgain + givenUp }
    }

    let spool: Spool
    let processor: ArticleProcessor
    let configuration: Configuration
    let logger: Logger

    func run() async throws -> Summary {
        var summary = Summary()
        for abandoned in try spool.abandonedClaims() {
            let tokens = Set(abandoned.claims.map(\.token))
            let inResults = try DeliveryIndex.tokens(tokens, foundIn: Spool.recentLogFiles(RawPath(configuration.results)))
            let inFailures = try DeliveryIndex.tokens(
                tokens.subtracting(inResults), foundIn: Spool.recentLogFiles(RawPath(configuration.failures)))
            for claim in abandoned.claims {
                if inResults.contains(claim.token) {
                    try spool.finish(claim, .done(keep: configuration.keepProcessed))
                    summary.movedOn += 1
                } else if inFailures.contains(claim.token) {
                    try spool.finish(claim, .failed)
                    summary.movedOn += 1
                } else if claim.recoveryAttempts >= Self.maxAttempts {
                    await processor.giveUp(claim, message: "the analysis was interrupted \(claim.recoveryAttempts + 1) times (crash or kill) on this file; not tried again")
                    summary.givenUp += 1
                } else {
                    try spool.markRecoveryAttempt(claim)
                    await processor.process(claim)
                    summary.analysedAgain += 1
                }
            }
            logger.notice("recovered claims of a stopped daemon", metadata: [
                "spool.instance": "\(abandoned.instanceID)", "recovery.claims": "\(abandoned.claims.count)",
            ])
            abandoned.release()
        }
        return summary
    }
}

extension ArticleProcessor {
    /// Writes an `internal` failure line for a delivery that cannot be analysed and moves it to `failed/`.
    func giveUp(_ claim: ClaimedFile, message: String) async {
        // The id is still worth having (the bytes are hashed, not analysed): it ties the failure to the delivery.
        var id: String?, size: Int?
        if case let .bytes(bytes, _) = spool.read(claim, maxBytes: settings.current.configuration.maxFileBytes) {
            id = SHA256.hexDigest(of: bytes)
            size = bytes.count
        }
        var record = FailureRecord(id: id, file: claim.name.description, bytes: size, reason: .internal, message: message)
        record.delivery = claim.token
        record.at = .now
        await writer.write(.failure(record)) { [self] in
            finish(claim, .failed)
            statistics.recordCompletion(failed: true)
        }
        logger.error("article failed", metadata: [
            "article.file": "\(claim.name)", "outcome": "failed", "failure.reason": "internal", "spool.claim": "\(claim.token)",
            "message.id": "article-failed",
        ])
    }
}
