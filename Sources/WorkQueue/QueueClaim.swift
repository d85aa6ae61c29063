/// One claimed input: who may commit it (`delivery`, `attempt`) and for how long (`lease`).
public struct QueueClaim: Sendable, Hashable {
    /// Unique per claim; written into the line as `delivery`, which is how recovery (and `lookUp`) knows
    /// the line was written. The folder spool names the claim directory with it.
    public let delivery: String
    /// The name the producer gave the input.
    public let name: EntryName
    /// The fencing token: 1 for a first claim, one more for every later attempt at the same input. A
    /// commit carrying an attempt the queue no longer holds is refused.
    public let attempt: Int
    /// How many times recovery has already picked this input up after a crash.
    public let recoveryAttempts: Int
    /// How many of those attempts were cut short by the daemon's death while the input's isolated
    /// analysis was still running: the child outlived the daemon and left word (`orphanWitness`).
    public var orphanedAttempts: Int
    /// When the claim lapses unless renewed; nil while it lasts as long as the claimer.
    public var lease: ClaimLease?

    public init(
        delivery: String, name: EntryName, attempt: Int = 1, recoveryAttempts: Int = 0, orphanedAttempts: Int = 0,
        lease: ClaimLease? = nil
    ) {
        self.delivery = delivery
        self.name = name
        self.attempt = attempt
        self.recoveryAttempts = recoveryAttempts
        self.orphanedAttempts = orphanedAttempts
        self.lease = lease
    }
}

extension QueueClaim {
    /// The same claim under the next fencing token: what a queue hands back from `beginAttempt`.
    public func nextAttempt() -> QueueClaim {
        QueueClaim(
            delivery: delivery, name: name, attempt: attempt + 1, recoveryAttempts: recoveryAttempts,
            orphanedAttempts: orphanedAttempts, lease: lease)
    }
}

/// A time-limited claim (a database row's `locked_until`): past `expiresAt` another claimer may take the
/// input with a higher attempt. Times are the queue clock's wall seconds since 1970.
public struct ClaimLease: Sendable, Hashable {
    public let expiresAt: Double
    public init(expiresAt: Double) { self.expiresAt = expiresAt }
}
