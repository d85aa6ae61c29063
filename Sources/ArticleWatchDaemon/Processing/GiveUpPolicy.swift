import ArticleAnalysis
import WorkQueue

/// What a suspect that keeps killing its analysers ends as, by queue.
///
/// The folder queue tells deaths from outside (a kill, a stop: the child left an orphan witness) from
/// unexplained ones, and gives a file up as `internal` after three unexplained deaths: its own daemon
/// died, and the file is only one candidate for why.
///
/// The shared queue has no witness across hosts, but renews the lease of every claim its host is working
/// on (`LeaseRenewer`): a claim lapses only when its claimer died, froze or lost the database while
/// holding it. After three such lapses the file has stopped three analysers, so it fails as `crashed`
/// on whichever host holds it, and no poison file walks from host to host killing daemons.
enum GiveUpPolicy: Sendable {
    case folder
    case sharedQueue

    /// Claims that lapsed on the shared queue before a file is given up.
    static let sharedQueueLapses = Recovery.maxAttempts

    /// The failure to write instead of analysing `claim` again, or nil to analyse it.
    func verdict(_ claim: QueueClaim) -> (reason: FailureReason, message: String)? {
        switch self {
        case .folder:
            return Recovery.reasonToGiveUp(claim).map { (.internal, $0) }
        case .sharedQueue:
            guard claim.recoveryAttempts >= Self.sharedQueueLapses else { return nil }
            return (.crashed, """
                \(claim.recoveryAttempts) claimers of this file on the shared queue died or stopped while holding it \
                (their leases lapsed unrenewed, the later ones during its isolated analysis); not tried again
                """)
        }
    }
}
