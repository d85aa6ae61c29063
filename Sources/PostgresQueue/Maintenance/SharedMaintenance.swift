public import ArticleAnalysis

/// The shared tables' housekeeping, run by one host at a time: whichever daemon holds a session advisory
/// lock (taken with a try-lock, so the others skip instead of queueing up) trims the near-duplicate
/// window to `analysis.nearDuplicateWindow` (count, days) and makes the results' day partitions of the
/// next week ahead of time. If that host dies its session ends, the lock goes with it, and the next
/// host's round takes over; no host needs to be named the maintainer.
///
/// What is kept and why: `aw_exports` is an outbox, each row deleted as soon as its host's local logs
/// hold the line, so it needs no trimming. `aw_results` is the shared results store (`articlewatch
/// export`, the `aw_result_lines` view) and is kept: dropping old day partitions once exported is the
/// operator's choice (`articlewatch prune`). `aw_fingerprints` and their band rows only serve near-duplicate lookups,
/// so they follow the same window as each host's own registry; results rows stay when their fingerprint goes.
public final class SharedMaintenance: Sendable {
    /// "AWMAIN": any fixed 64-bit number only ArticleWatch uses (the migrator's is "AWMIGR" + 1).
    public static let lockKey = 0x4157_4D41_494E
    /// Rows deleted per statement, so a long-neglected window is trimmed in short transactions.
    static let batch = 5_000
    /// Results partitions made ahead, in days after today (UTC): lines fall into the default partition
    /// only if no host ran a round for a week.
    static let partitionDaysAhead = 7

    /// Its own connection: the session lock lives as long as that session, apart from the workers' one.
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    public enum Round: Sendable, Equatable {
        /// Another session holds the lock: that host does the work.
        case skipped
        /// This session holds the lock: it trimmed this many articles from the window and made these
        /// results partitions (usually none: one a day).
        case done(trimmedArticles: Int, createdPartitions: [String])

        public var trimmedArticles: Int? {
            if case let .done(trimmed, _) = self { return trimmed }
            return nil
        }
    }

    /// One round: take (or keep) the lock, then trim and make partitions. A connection lost since the last
    /// round lost the lock with it; the try-lock asks again.
    public func runOnce(window: DuplicateWindow) async throws -> Round {
        try await connection.run { session in
            guard try Self.holdLock(session) else { return .skipped }
            let trimmed = try Self.trim(session, window: window)
            do {
                return .done(trimmedArticles: trimmed, createdPartitions: try ResultPartition.createAhead(days: Self.partitionDaysAhead, session))
            } catch let error as PostgresError where !error.isConnectionProblem {
                throw PartitionsNotMade(cause: error)
            }
        }
    }

    /// The round trimmed but could not make the partitions ahead (a lock not granted within a second
    /// behind a long query, or a permission): worth a warning, since a week of these sends lines to the
    /// default partition, while a lost connection is the daemon's own, already reported, problem.
    public struct PartitionsNotMade: Error, CustomStringConvertible {
        public let cause: PostgresError
        public var description: String { "could not make the results' day partitions ahead: \(cause)" }
    }

    /// Gives the lock up (at shutdown), so another host's next round takes over at once.
    public func release() async {
        _ = try? await connection.run { session in
            try session.query("SELECT pg_advisory_unlock_all()")
        }
        await connection.close()
    }

    /// True when this session holds the lock, taking it if it is free. Session locks stack, so it is only
    /// asked for when this session does not hold it yet.
    static func holdLock(_ session: PostgresSession) throws -> Bool {
        let held = try session.query("""
            SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
            AND classid = ($1::bigint >> 32)::oid AND objid = ($1::bigint & 4294967295)::oid AND objsubid = 1
            """, [.int(lockKey)])
        if !held.isEmpty { return true }
        return try session.query("SELECT pg_try_advisory_lock($1) AS locked", [.int(lockKey)]).text(0, "locked") == "t"
    }

    /// Deletes fingerprints (and, by their trigger, their band rows) outside the window: older than `days`
    /// before the newest article, and beyond the newest `count`. Returns how many went.
    static func trim(_ session: PostgresSession, window: DuplicateWindow) throws -> Int {
        var removed = 0
        if let days = window.days {
            removed += try deleteInBatches(session, where: """
                received_at < (SELECT max(received_at) FROM aw_fingerprints) - $1::double precision
                """, [.double(days * 86_400)])
        }
        if let count = window.count {
            removed += try deleteInBatches(session, where: """
                result_id <= (SELECT result_id FROM aw_fingerprints ORDER BY result_id DESC OFFSET $1 LIMIT 1)
                """, [.int(count)])
        }
        return removed
    }

    private static func deleteInBatches(_ session: PostgresSession, where condition: String, _ parameters: [PostgresParameter]) throws -> Int {
        var removed = 0
        while true {
            let deleted = try session.query("""
                DELETE FROM aw_fingerprints WHERE result_id IN (
                    SELECT result_id FROM aw_fingerprints WHERE \(condition) ORDER BY result_id LIMIT \(batch))
                """, parameters).affected
            removed += deleted
            if deleted < batch { return removed }
        }
    }
}
