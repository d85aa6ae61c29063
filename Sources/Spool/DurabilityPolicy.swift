/// When an appended line counts as written (`fsync` in the configuration).
public enum DurabilityPolicy: Sendable, Equatable {
    /// fdatasync after every line: slowest, nothing is ever lost.
    case always
    /// Lines are group-committed: one fdatasync per interval covers every line appended in it, and each
    /// caller waits for the sync that covers its line. Inputs move only after that.
    case interval(milliseconds: Int)
    /// Never sync: the page cache decides. A power cut can lose lines whose inputs already moved on.
    case never
}

/// When a log is renamed aside and a new one started.
public struct RotationPolicy: Sendable, Equatable {
    /// Rotate once the log reaches this size; 0 never rotates.
    public var maxBytes: Int
    /// How many rotated files (`NAME.1` … `NAME.keep`) to keep.
    public var keep: Int

    public init(maxBytes: Int, keep: Int) {
        self.maxBytes = maxBytes
        self.keep = keep
    }
}

extension DurabilityPolicy {
    /// The group commit's interval (zero for the policies that sync per line or never).
    var groupInterval: Duration {
        if case let .interval(milliseconds) = self { .milliseconds(milliseconds) } else { .zero }
    }
}
