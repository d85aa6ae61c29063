/// Hooks the tests use to lose a COMMIT (before it is sent) or its reply (after it took effect); empty in
/// the daemon.
struct CommitFaults: Sendable {
    var beforeCommit: @Sendable (PostgresSession) throws -> Void = { _ in }
    var afterCommit: @Sendable (PostgresSession) throws -> Void = { _ in }
}
