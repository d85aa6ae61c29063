@testable import PostgresQueue
import Synchronization

/// A commit fault that strikes the first time only: COMMIT's reply lost after it took effect, or the
/// server process ended before the commit's last round trip (so it certainly did not happen).
final class OneShotFault: Sendable {
    private let struck = Mutex(false)

    var hasStruck: Bool { struck.withLock { $0 } }

    /// True the first time it is asked, false after.
    private func strikesNow() -> Bool { struck.withLock { let first = !$0; $0 = true; return first } }

    var losingTheReply: CommitFaults {
        CommitFaults(afterCommit: { [self] _ in
            if strikesNow() { throw PostgresError(.connectionLost, "reply lost on purpose") }
        })
    }

    var endingTheBackend: CommitFaults {
        CommitFaults(beforeCommit: { [self] session in
            if strikesNow() { try session.query("SELECT pg_terminate_backend(pg_backend_pid())") }
        })
    }
}
