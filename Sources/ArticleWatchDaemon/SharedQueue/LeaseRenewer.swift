import Logging
import PostgresQueue
import ServiceLifecycle
import WorkQueue

/// Keeps the leases of the claims this host works on from lapsing while it is alive: every third of the
/// lease, each held claim's lease is pushed forward. So an isolated analysis longer than `leaseSeconds`
/// is not taken over (and its work wasted) by another host; a host that died, froze or lost the database
/// stops renewing, and the fencing token keeps its late commit out. Renewal stops at the job's isolated
/// analysis wall-clock limit: past it even a runaway in-process analysis is taken over, and the next
/// claimer analyses the file in its isolated child.
struct LeaseRenewer: Service {
    let shared: SharedWorkQueue
    let leaseSeconds: Double
    let clock: any DaemonClock
    let logger: Logger

    var period: Duration { .milliseconds(Int(max(0.2, leaseSeconds / 3) * 1000)) }

    /// The longest a claim on `bytes` bytes is renewed: its isolated analysis's wall-clock limit.
    static func longestHold(bytes: Int) -> Duration {
        .seconds(IsolationLimits.forArticle(bytes: bytes).wallSeconds)
    }

    func run() async throws {
        try? await cancelWhenGracefulShutdown { await renewUntilCancelled() }
    }

    /// The renewal loop, also run on its own while start-up recovery analyses the lapsed jobs it claimed
    /// one after another (the services, this one included, start only after recovery).
    func renewUntilCancelled() async {
        while !Task.isCancelled {
            try? await clock.sleep(for: period)
            if Task.isCancelled { return }
            do {
                try await shared.renewLeases { Self.longestHold(bytes: $0.bytes.count) }
            } catch {
                // Claiming reports the outage (STATUS, journal); a lease that lapses meanwhile is fenced.
                logger.debug("cannot renew leases on the shared queue", metadata: ["error": "\(error)"])
            }
        }
    }
}
