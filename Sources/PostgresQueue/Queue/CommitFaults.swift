/// Hooks the tests use to lose a commit's last round trip (the line and COMMIT) before it is sent, or
/// COMMIT's reply after it took effect; empty in the daemon. `beforeCommit` runs while the transaction
/// holds the job's row and its band locks.
struct CommitFaults: Sendable {
    var beforeCommit: @Sendable (PostgresSession) throws -> Void = { _ in }
    var afterCommit: @Sendable (PostgresSession) throws -> Void = { _ in }
}
