@testable import PostgresQueue

/// Lines committed on days other than today, for the partition tests: the same three rows a commit
/// writes (ledger, line, export row), with `committed_at` set instead of now().
extension QueueFixture {
    /// The UTC day `offset` days from today in the database's clock, `YYYY-MM-DD`.
    func day(_ offset: Int) async throws -> String {
        let connection = try await PostgresConnection.connect(url)
        defer { Task { await connection.close() } }
        return try await connection.run {
            try $0.query("SELECT to_char((now() AT TIME ZONE 'UTC')::date + $1::integer, 'YYYY-MM-DD')", [.int(offset)]).scalar ?? ""
        }
    }

    /// Makes `day`'s partition (as the maintenance would) if it is missing.
    func makePartition(_ day: String) async throws {
        let connection = try await PostgresConnection.connect(url)
        defer { Task { await connection.close() } }
        try await connection.run { try $0.query("SELECT aw_create_result_partition($1::date)", [.text(day)]) }
    }

    /// A line committed by `host` at noon UTC on `day`; its export row stays pending unless `exported`.
    @discardableResult
    func commitAged(host: String, delivery: String, day: String, line: String, exported: Bool) async throws -> Int {
        let connection = try await PostgresConnection.connect(url)
        defer { Task { await connection.close() } }
        return try await connection.run { session in
            try session.query("""
                WITH delivery AS (
                    INSERT INTO aw_deliveries (host, delivery, result_id, attempt, committed_at)
                    VALUES ($1, $2, nextval('aw_result_ids'), 1, ($3::date + time '12:00') AT TIME ZONE 'UTC')
                    RETURNING result_id, committed_at),
                result AS (
                    INSERT INTO aw_results (id, host, delivery, name, outcome, line, attempt, committed_by, committed_at)
                    SELECT result_id, $1, $2, $2 || '.txt', 'result', $4, 1, $1, committed_at FROM delivery
                    RETURNING id, committed_at),
                export AS (INSERT INTO aw_exports (host, result_id, committed_at) SELECT $1, id, committed_at FROM result WHERE NOT $5::boolean)
                SELECT id FROM result
                """, [.text(host), .text(delivery), .text(day), .text(line), .text(exported ? "true" : "false")]).int(0, "id") ?? -1
        }
    }

    /// The partition a line is stored in.
    func partition(ofResult id: Int) async throws -> String? {
        let connection = try await PostgresConnection.connect(url)
        defer { Task { await connection.close() } }
        return try await connection.run { try $0.query("SELECT tableoid::regclass::text FROM aw_results WHERE id = $1", [.int(id)]).scalar }
    }
}
