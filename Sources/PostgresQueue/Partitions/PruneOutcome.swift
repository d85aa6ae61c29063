/// What `articlewatch prune` did (or, in a dry run, would do) with one results partition, worded for the
/// operator: a refusal says what stopped it and what to do.
public enum PruneOutcome: Sendable, Equatable {
    /// The whole partition was detached and dropped.
    case dropped(partition: String, lines: Int)
    /// Lines committed before the cutoff were deleted from the default partition (it cannot be dropped).
    case deleted(partition: String, lines: Int)
    case refused(partition: String, lines: Int, reason: PruneRefusal)

    public var isRefusal: Bool {
        if case .refused = self { return true }
        return false
    }

    public func description(dryRun: Bool) -> String {
        switch self {
        case let .dropped(partition, lines):
            "\(dryRun ? "would drop" : "dropped") \(partition) (\(Self.count(lines)))"
        case let .deleted(partition, lines):
            "\(dryRun ? "would delete" : "deleted") \(Self.count(lines)) committed before the cutoff from \(partition)"
        case let .refused(partition, lines, reason):
            "refused \(partition) (\(Self.count(lines))): \(reason.explanation); nothing in it was dropped"
        }
    }

    static func count(_ lines: Int) -> String { lines == 1 ? "1 line" : "\(lines) lines" }
}

public enum PruneRefusal: Sendable, Equatable {
    /// Some of its lines are still waiting in `aw_exports` for their committing host's exporter.
    case notExported([PendingLines])
    /// The results table stayed locked by other sessions for longer than the prune's lock timeout.
    case busy(lockTimeoutMilliseconds: Int)

    public struct PendingLines: Sendable, Equatable {
        public let host: String
        public let lines: Int

        public init(host: String, lines: Int) {
            self.host = host
            self.lines = lines
        }
    }

    var explanation: String {
        switch self {
        case let .notExported(pending):
            let hosts = pending.map { "\($0.host): \($0.lines)" }.joined(separator: ", ")
            return "\(PruneOutcome.count(pending.reduce(0) { $0 + $1.lines })) not yet in the committing host's local logs (\(hosts)); "
                + "that host's daemon writes them when it runs, then prune again"
        case let .busy(milliseconds):
            return "aw_results was held by other sessions (a long query or transaction) for more than \(milliseconds) ms; run prune again"
        }
    }
}
