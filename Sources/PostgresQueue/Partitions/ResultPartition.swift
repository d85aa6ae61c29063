/// One day partition of `aw_results`, as the catalogue describes it: its table and its range's bounds, in
/// the server's own text for `timestamptz` (so they go back as parameters exactly as they came).
public struct ResultPartition: Sendable, Equatable {
    public let name: String
    /// The UTC day the range starts, `YYYY-MM-DD`.
    public let firstDay: String
    let lowerBound: String
    let upperBound: String

    /// The table's name as an SQL identifier (catalogue names may need quoting).
    var quotedName: String { Self.quoted(name) }

    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The partitions of `aw_results` whose whole range ends at or before midnight UTC starting `day`
    /// (`YYYY-MM-DD`), oldest first. The default partition has no range and is never listed.
    static func ending(before day: String, _ session: PostgresSession) throws -> [ResultPartition] {
        let rows = try session.query("""
            SELECT c.relname AS name, bounds[1] AS lower_bound, bounds[2] AS upper_bound,
                   to_char(bounds[1]::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS first_day
            FROM pg_inherits AS i JOIN pg_class AS c ON c.oid = i.inhrelid
            CROSS JOIN LATERAL regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \\(''([^'']+)''\\) TO \\(''([^'']+)''\\)') AS bounds
            WHERE i.inhparent = 'aw_results'::regclass AND bounds IS NOT NULL
              AND bounds[2]::timestamptz <= $1::date::timestamp AT TIME ZONE 'UTC'
            ORDER BY bounds[1]::timestamptz
            """, [.text(day)])
        return (0..<rows.count).compactMap { row in
            guard let name = rows.text(row, "name"), let lower = rows.text(row, "lower_bound"), let upper = rows.text(row, "upper_bound"),
                  let firstDay = rows.text(row, "first_day") else { return nil }
            return ResultPartition(name: name, firstDay: firstDay, lowerBound: lower, upperBound: upper)
        }
    }

    /// Makes the partitions of today (UTC) and the next `days` days that are missing; returns their names.
    /// A day whose lines already went to the default partition is left there (the function says why).
    static func createAhead(days: Int, _ session: PostgresSession) throws -> [String] {
        let rows = try session.query("SELECT aw_create_result_partitions_ahead($1) AS name", [.int(days)])
        return (0..<rows.count).compactMap { rows.text($0, "name") }
    }
}
