import ArticleAnalysis
import Foundation
import Logging
import WorkQueue

/// Start-up reconciliation of `processing/`, before the watcher starts. A claim whose line is already in
/// a log is only moved on. Any other was being analysed when its daemon died, and the file may be what
/// killed it: it is a suspect, analysed again in a child process (`processSuspect`), so a poison file
/// ends the child with a `crashed` or `timeout` line instead of crashing the daemon again, and a good
/// file whose daemon was killed from outside gets its real result.
///
/// Each isolated attempt is written down (`.recovery-N`) before the child starts, so deaths of the
/// daemon during recovery stay bounded whatever their cause. A child that sees the daemon die while it
/// still runs leaves `.orphaned-N`: that death came from outside (a kill, a stop), since the file's
/// analysis was alive in the child, and it is counted against the looser `maxAttemptsInAll` only.
struct Recovery {
    /// Deaths during recovery with no sign of an outside cause. With the death that made the file a
    /// suspect, such a file has cost the unit `maxAttempts + 1` = 4 deaths: fewer than the unit's
    /// `StartLimitBurst=5`, so systemd keeps restarting the daemon and the next start gives the file up
    /// (as `internal`) instead of failing the unit.
    static let maxAttempts = 3
    /// Interrupted isolated attempts of any kind: the last guard, for causes nobody foresaw.
    static let maxAttemptsInAll = 10

    struct Summary: Sendable, Equatable {
        var movedOn = 0
        var analysedAgain = 0
        var givenUp = 0
        var total: Int { movedOn + analysedAgain + givenUp }
    }

    let queue: any WorkQueue
    let processor: ArticleProcessor
    let logger: Logger
    var analyzer = IsolatedAnalyzer.reexecutingSelf
    /// Told how long the next isolated analysis may take (the daemon extends systemd's start timeout).
    var extendStartTimeout: @Sendable (Duration) -> Void = { _ in }
    /// When to stop trying a suspect, and what it then fails as.
    var policy = GiveUpPolicy.folder

    /// What recovery does with one claim it found.
    enum Decision: Sendable, Equatable {
        /// Its line is written: only move the input on.
        case moveOn(Disposition)
        /// Settled already (another recovery got there first): nothing to do.
        case nothing
        /// Tried too often: a failure line (`internal`, or `crashed` on the shared queue), and the input to failed.
        case giveUp(FailureReason, String)
        /// Analyse it again, in a child process.
        case analyseAgain
    }

    /// The decision for a recovered claim: pure, so the rules are tested without a queue.
    static func decide(_ recovered: RecoveredClaim, policy: GiveUpPolicy = .folder) -> Decision {
        switch recovered.state {
        case let .lineWritten(disposition): return .moveOn(disposition)
        case .settled, .claimedByOther, .unknown: return .nothing
        case .claimed: return policy.verdict(recovered.claim).map { Decision.giveUp($0.reason, $0.message) } ?? .analyseAgain
        }
    }

    func run() async throws -> Summary {
        var summary = Summary()
        for recovered in try await queue.recover() {
            let claim = recovered.claim
            switch Self.decide(recovered, policy: policy) {
            case let .moveOn(disposition):
                try await queue.settle(claim, disposition)
                summary.movedOn += 1
            case .nothing:
                continue
            case let .giveUp(reason, message):
                await processor.giveUp(claim, reason: reason, message: message)
                summary.givenUp += 1
            case .analyseAgain:
                let attempt = try await queue.beginAttempt(claim)
                logger.notice("analysing a suspect in a separate process", metadata: [
                    "article.file": "\(claim.name)", "spool.claim": "\(claim.delivery)", "recovery.attempt": "\(claim.recoveryAttempts + 1)",
                ])
                await processor.processSuspect(attempt, analyzer: analyzer) { limit in extendStartTimeout(limit + .seconds(30)) }
                summary.analysedAgain += 1
            }
        }
        await queue.endRecovery()
        return summary
    }

    /// Why recovery should not try `claim` again, or nil.
    static func reasonToGiveUp(_ claim: QueueClaim) -> String? {
        let unexplained = claim.recoveryAttempts - claim.orphanedAttempts
        if unexplained >= maxAttempts {
            return "the daemon died \(unexplained) times while recovering this file, with no sign that it was killed from outside; not tried again"
        }
        if claim.recoveryAttempts >= maxAttemptsInAll {
            return "the daemon was stopped \(claim.recoveryAttempts) times while this file was being analysed in a separate process; not tried again"
        }
        return nil
    }
}

extension ArticleProcessor {
    /// Writes a failure line for a delivery recovery will not try again and moves it to `failed/`.
    func giveUp(_ claim: QueueClaim, reason: FailureReason = .internal, message: String) async {
        // The id is still worth having (the bytes are hashed, not analysed): it ties the failure to the delivery.
        var id: String?, size: Int?
        if case let .bytes(bytes, _) = await queue.read(claim, maxBytes: settings.current.configuration.maxFileBytes) {
            id = SHA256.hexDigest(of: bytes)
            size = bytes.count
        }
        await commitFailure(FailureRecord(id: id, file: claim.name.description, bytes: size, reason: reason, message: message), claim: claim)
    }
}
