import Dispatch
@testable import PostgresQueue
import PostgresTestSupport
import Testing

/// Statements the queue prepares once per connection: executed by name afterwards, prepared again on the
/// new backend after a reconnect (never executed by a name the new backend does not know), and a
/// statement that fails to prepare is not remembered as prepared.
@Suite struct PreparedStatementTests {
    static let sql = "SELECT $1::int * 2 AS doubled, pg_backend_pid() AS pid"

    @Test func preparedOncePerConnectionAndAgainAfterAReconnect() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let first = try await connection.run { session in
            (try session.preparedQuery(Self.sql, [.int(20)]), try session.preparedQuery(Self.sql, [.int(21)]))
        }
        #expect(first.0.int(0, "doubled") == 40)
        #expect(first.1.int(0, "doubled") == 42)
        let prepared = try await connection.run { try $0.query("SELECT count(*) FROM pg_prepared_statements").scalar }
        #expect(prepared == "1", "the second call must reuse the first one's statement")

        let admin = try await PostgresConnection.connect(url)
        try await admin.run { try $0.query("SELECT pg_terminate_backend($1::int)", [.text(first.0.text(0, "pid") ?? "")]) }
        await admin.close()
        // The call that meets the dead backend fails as a lost connection; a later one runs on a new backend,
        // where the statement is prepared again under the same SQL.
        var after: PostgresRows?
        let deadline = ContinuousClock.now + .seconds(120)
        while after.map({ $0.text(0, "pid") == first.0.text(0, "pid") }) ?? true, ContinuousClock.now < deadline {
            after = try? await connection.run { try $0.preparedQuery(Self.sql, [.int(5)]) }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(after?.int(0, "doubled") == 10)
        #expect(after?.text(0, "pid") != first.0.text(0, "pid"))
    }

    @Test func aStatementThatFailsToPrepareIsPreparedAgainNextTime() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let sql = "SELECT count(*) AS rows FROM later_table"
        await #expect(throws: PostgresError.self) { try await connection.run { try $0.preparedQuery(sql) } }
        try await connection.run { try $0.query("CREATE TABLE later_table (x int)") }
        let rows = try await connection.run { try $0.preparedQuery(sql) }
        #expect(rows.int(0, "rows") == 0)
    }

    @Test func concurrentCallsGoToDifferentConnectionsOfThePool() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let pool = ConnectionPool([try await PostgresConnection.connect(url), try await PostgresConnection.connect(url)])
        // Each call holds its connection until the other one is running too (a minute at most): the second
        // must not queue behind the first. A sleep instead lost the race when a loaded machine started the
        // second call after the first had slept its time out.
        let oneIn = DispatchSemaphore(value: 0), twoIn = DispatchSemaphore(value: 0)
        async let one = pool.run { session in
            oneIn.signal()
            _ = twoIn.wait(timeout: .now() + 60)
            return try session.query("SELECT pg_backend_pid() AS pid").text(0, "pid")
        }
        async let two = pool.run { session in
            twoIn.signal()
            _ = oneIn.wait(timeout: .now() + 60)
            return try session.query("SELECT pg_backend_pid() AS pid").text(0, "pid")
        }
        let pids = try await [one, two]
        #expect(Set(pids).count == 2, "\(pids)")
        await pool.close()
    }
}
