/// A job as a claim returns it: the delivered file's bytes and the fencing token of this claim.
public struct QueuedJob: Sendable, Equatable {
    public let id: Int
    /// The host whose inbox received the file, and the delivery token it gave it there.
    public let host: String
    public let delivery: String
    public let name: String
    public let bytes: [UInt8]
    /// When the file arrived on its host (seconds since 1970), the record's `receivedAt`.
    public let receivedAt: Double
    /// How many times the job has been claimed, this claim included: the fencing token a commit must match.
    public let attempt: Int

    /// Claims before this one that ended without a commit: a daemon died or stalled past its lease while
    /// holding the job. The file may be what killed it.
    public var earlierAttempts: Int { attempt - 1 }
}

/// What happened to an article's work at commit time.
public enum JobCommitOutcome: Sendable, Equatable {
    /// The line is in `aw_results` (with this id) and the job is gone.
    case committed(resultID: Int)
    /// The job was claimed again after this claim's lease ran out (or is already done): nothing was written.
    case fenced
}

/// The line a commit writes: its exact text and whether it goes to the results or the failures log.
public struct CommittedLine: Sendable, Equatable {
    public enum Outcome: String, Sendable { case result, failure }
    public let outcome: Outcome
    public let text: String

    public init(_ outcome: Outcome, _ text: String) {
        self.outcome = outcome
        self.text = text
    }
}

/// Where a delivery stands in the database, for recovering a local claim after a crash.
public enum DeliveryState: Sendable, Equatable {
    case absent
    case queued(attempt: Int)
    case committed(resultID: Int)
}

/// A delivered file for `ingest`: its delivery token on this host, name, bytes and arrival time.
public struct IngestedFile: Sendable, Equatable {
    public let delivery: String
    public let name: String
    public let bytes: [UInt8]
    public let receivedAt: Double

    public init(delivery: String, name: String, bytes: [UInt8], receivedAt: Double) {
        self.delivery = delivery
        self.name = name
        self.bytes = bytes
        self.receivedAt = receivedAt
    }
}

/// What `ingest` did with a delivery.
public enum IngestOutcome: Sendable, Equatable {
    case queued
    /// The same (host, delivery) was already queued: an ingest retried after a lost reply.
    case alreadyQueued
    /// Its line was already committed: the local file only needs moving on.
    case alreadyCommitted
}

/// A line the committing host still has to append to its own local log.
public struct PendingExport: Sendable, Equatable {
    public let id: Int
    public let line: CommittedLine
}
