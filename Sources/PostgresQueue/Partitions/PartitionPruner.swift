/// `articlewatch prune`: old results leave by whole day partitions, and only once every line in one has
/// been written by its committing host's exporter. The check is made twice: first by reading the export
/// rows (for a refusal that names the hosts), then by PostgreSQL itself, whose foreign key from
/// `aw_exports` refuses to detach a partition a pending export row still points into, so a line exported
/// nowhere is never lost to a race. The detach takes an exclusive lock on `aw_results`, which waits for
/// running queries; the lock timeout keeps commits from queueing behind it for long (a busy table is a
/// refusal to retry, not a wait). Delivery ledger rows stay (see `QueueSchema.partitionedResults`).
public struct PartitionPruner: Sendable {
    let connection: PostgresConnection
    let lockTimeoutMilliseconds: Int

    public init(connection: PostgresConnection, lockTimeoutMilliseconds: Int = 5_000) {
        self.connection = connection
        self.lockTimeoutMilliseconds = lockTimeoutMilliseconds
    }

    /// The partitions whose whole day lies before `day` (`YYYY-MM-DD`, midnight UTC), oldest first, then
    /// the default partition's lines committed before it. `dryRun`: the same outcomes, nothing changed.
    public func prune(before day: String, dryRun: Bool = false) async throws -> [PruneOutcome] {
        let lockTimeout = lockTimeoutMilliseconds
        return try await connection.run { session in
            let future = try session.query("SELECT $1::date > (now() AT TIME ZONE 'UTC')::date AS future", [.text(day)])
            if future.text(0, "future") == "t" { throw PruneDateError(day: day) }
            var outcomes: [PruneOutcome] = []
            for partition in try ResultPartition.ending(before: day, session) {
                outcomes.append(try Self.prune(partition, session, dryRun: dryRun, lockTimeout: lockTimeout))
            }
            if let outcome = try Self.pruneDefault(before: day, session, dryRun: dryRun, lockTimeout: lockTimeout) {
                outcomes.append(outcome)
            }
            return outcomes
        }
    }

    private static func prune(_ partition: ResultPartition, _ session: PostgresSession, dryRun: Bool, lockTimeout: Int) throws -> PruneOutcome {
        let contents = try session.query("SELECT count(*) AS lines, min(id) AS first, max(id) AS last FROM \(partition.quotedName)")
        let lines = contents.int(0, "lines") ?? 0
        let pending = try pendingLines(session, """
            SELECT host, count(*) AS lines FROM aw_exports
            WHERE committed_at >= $1::timestamptz AND committed_at < $2::timestamptz GROUP BY host ORDER BY host
            """, [.text(partition.lowerBound), .text(partition.upperBound)])
        if !pending.isEmpty { return .refused(partition: partition.name, lines: lines, reason: .notExported(pending)) }
        if dryRun { return .dropped(partition: partition.name, lines: lines) }
        let refusal = try refusal(session, partition: partition.name, lines: lines, lockTimeout: lockTimeout) {
            try session.query("ALTER TABLE aw_results DETACH PARTITION \(partition.quotedName)")
            try session.query("DROP TABLE \(partition.quotedName)")
        } recheck: {
            try pendingLines(session, """
                SELECT host, count(*) AS lines FROM aw_exports
                WHERE committed_at >= $1::timestamptz AND committed_at < $2::timestamptz GROUP BY host ORDER BY host
                """, [.text(partition.lowerBound), .text(partition.upperBound)])
        }
        if let refusal { return refusal }
        if let first = contents.int(0, "first"), let last = contents.int(0, "last") { try forgetFingerprints(session, from: first, through: last) }
        return .dropped(partition: partition.name, lines: lines)
    }

    /// The default partition holds lines only if the maintenance had not made their day's partition in
    /// time; those committed before `day` are deleted by the same rule (all or none, once all exported).
    private static func pruneDefault(before day: String, _ session: PostgresSession, dryRun: Bool, lockTimeout: Int) throws -> PruneOutcome? {
        let name = "aw_results_default"
        let cutoff = "committed_at < $1::date::timestamp AT TIME ZONE 'UTC'"
        let contents = try session.query("SELECT count(*) AS lines, min(id) AS first, max(id) AS last FROM aw_results_default WHERE \(cutoff)", [.text(day)])
        let lines = contents.int(0, "lines") ?? 0
        guard lines > 0 else { return nil }
        let pendingQuery = """
            SELECT export.host, count(*) AS lines FROM aw_exports AS export
            JOIN aw_results_default AS result ON result.id = export.result_id AND result.committed_at = export.committed_at
            WHERE result.\(cutoff) GROUP BY export.host ORDER BY export.host
            """
        let pending = try pendingLines(session, pendingQuery, [.text(day)])
        if !pending.isEmpty { return .refused(partition: name, lines: lines, reason: .notExported(pending)) }
        if dryRun { return .deleted(partition: name, lines: lines) }
        let refusal = try refusal(session, partition: name, lines: lines, lockTimeout: lockTimeout) {
            try session.query("DELETE FROM aw_results_default WHERE \(cutoff)", [.text(day)])
        } recheck: {
            try pendingLines(session, pendingQuery, [.text(day)])
        }
        if let refusal { return refusal }
        if let first = contents.int(0, "first"), let last = contents.int(0, "last") { try forgetFingerprints(session, from: first, through: last) }
        return .deleted(partition: name, lines: lines)
    }

    /// Runs `change` in a transaction under the lock timeout; nil when it committed, else the refusal: a
    /// lock not granted in time, or the foreign key from `aw_exports` (an export row arrived meanwhile).
    private static func refusal(
        _ session: PostgresSession, partition: String, lines: Int, lockTimeout: Int, change: () throws -> Void,
        recheck: () throws -> [PruneRefusal.PendingLines]
    ) throws -> PruneOutcome? {
        do {
            try session.transaction {
                try session.query("SELECT set_config('lock_timeout', $1, true)", [.int(lockTimeout)])
                try change()
            }
            return nil
        } catch let error as PostgresError where error.sqlState == "55P03" {
            return .refused(partition: partition, lines: lines, reason: .busy(lockTimeoutMilliseconds: lockTimeout))
        } catch let error as PostgresError where error.sqlState == "23503" {
            return .refused(partition: partition, lines: lines, reason: .notExported(try recheck()))
        }
    }

    private static func pendingLines(_ session: PostgresSession, _ sql: String, _ parameters: [PostgresParameter]) throws -> [PruneRefusal.PendingLines] {
        let rows = try session.query(sql, parameters)
        return (0..<rows.count).compactMap { row in
            guard let host = rows.text(row, "host"), let lines = rows.int(row, "lines") else { return nil }
            return PruneRefusal.PendingLines(host: host, lines: lines)
        }
    }

    /// The near-duplicate fingerprints (and, by cascade, band rows) of lines that are gone: the window
    /// would trim them in time, but a fingerprint should not outlive its line.
    private static func forgetFingerprints(_ session: PostgresSession, from first: Int, through last: Int) throws {
        try session.query("""
            DELETE FROM aw_fingerprints AS f WHERE f.result_id BETWEEN $1 AND $2
            AND NOT EXISTS (SELECT 1 FROM aw_results AS r WHERE r.id = f.result_id)
            """, [.int(first), .int(last)])
    }
}

/// `--before` names a day after today (UTC): its partitions may still receive lines.
public struct PruneDateError: Error, CustomStringConvertible {
    public let day: String
    public var description: String {
        "--before \(day) is after today (UTC): only days that have ended can be pruned"
    }
}
