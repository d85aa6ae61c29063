/// How a commit ended, told to its `whenSettled`.
public enum CommitOutcome: Sendable, Equatable {
    /// The line is durable and the input moved on.
    case settled
    /// The line is durable but the input could not be moved; it stays claimed and recovery moves it on.
    case lineDurableInputStuck(String)
    /// Not written: the claim's attempt is no longer the current one (its lease lapsed and another
    /// claimer took the input). The other claimer's line is the one that counts.
    case fenced
    /// Not written, and not known to be: the reply was lost (a dropped connection) or the writer was
    /// stopped. `lookUp` says which; until then the input stays claimed.
    case unknown(String)
}

/// What a queue knows of a claim (`lookUp`).
public enum ClaimState: Sendable, Equatable {
    /// Still claimed under this attempt, no line written.
    case claimed
    /// Its line is written; the input has not moved on yet (`settle` it).
    case lineWritten(Disposition)
    /// Line written and input moved on: nothing left to do.
    case settled
    /// Another attempt holds the input now.
    case claimedByOther(attempt: Int)
    /// The queue has no record of it.
    case unknown
}

/// A claim `recover` found left behind, and whether its line made it.
public struct RecoveredClaim: Sendable, Equatable {
    public let claim: QueueClaim
    /// `.lineWritten`: only move the input on. `.claimed`: it was being analysed when its claimer died.
    public let state: ClaimState

    public init(claim: QueueClaim, state: ClaimState) {
        self.claim = claim
        self.state = state
    }
}

/// Why claiming is paused. Each cause is set and cleared by its own owner.
public enum ClaimPause: Sendable, Hashable {
    /// A log write or sync keeps failing (disk full, read-only, vanished directory).
    case logUnwritable
    /// Free space on the log's file system is below `minFreeBytes`.
    case lowDiskSpace
}

/// A queue operation that failed, in words a person can act on.
public struct QueueError: Error, Sendable, Equatable, CustomStringConvertible {
    public let operation: String
    public let message: String
    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }
    public var description: String { "\(operation): \(message)" }
}
