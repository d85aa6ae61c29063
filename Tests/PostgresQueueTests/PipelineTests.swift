@testable import PostgresQueue
import PostgresTestSupport
import Testing

/// Several statements in one round trip (libpq's pipeline mode), as the queue's commit sends them: the
/// results come back in order, each statement is prepared once per connection, the first failure is the
/// one thrown and the rest are skipped, and the connection is usable afterwards either way.
@Suite struct PipelineTests {
    @Test func resultsComeBackInOrderAndStatementsArePreparedOnce() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let statements = [
            PipelinedStatement("BEGIN"),
            PipelinedStatement("CREATE TEMP TABLE numbers (n int) ON COMMIT DROP"),
            PipelinedStatement("INSERT INTO numbers SELECT generate_series(1, $1::int)", [.int(5)]),
            PipelinedStatement("SELECT sum(n) AS total, $1::bytea AS raw FROM numbers", [.bytes([0, 0xFF])]),
            PipelinedStatement("COMMIT"),
        ]
        let first = try await connection.run { try $0.pipeline(statements) }
        #expect(first.count == statements.count)
        #expect(first[2].affected == 5)
        #expect(first[3].int(0, "total") == 15)
        #expect(first[3].bytes(0, "raw") == [0, 0xFF])
        let again = try await connection.run { try $0.pipeline(Array(statements.dropLast(2)) + [statements[4]]) }
        #expect(again[2].affected == 5)
        let prepared = try await connection.run { try $0.query("SELECT count(*) FROM pg_prepared_statements").scalar }
        #expect(prepared == "5", "each statement prepared once on this connection")
        // An ordinary call after the pipelines: the connection left pipeline mode.
        #expect(try await connection.run { try $0.query("SELECT 2 + 2").scalar } == "4")
    }

    /// A statement sent unnamed (planned at each execution) runs in order with the prepared ones and is
    /// never prepared on the connection.
    @Test func anUnpreparedStatementRunsInOrderAndIsNotPrepared() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let results = try await connection.run { session in
            try session.pipeline([
                PipelinedStatement("SELECT $1::int + 1 AS n", [.int(1)]),
                PipelinedStatement("SELECT $1::int * 10 AS n", [.int(3)], isPrepared: false),
                PipelinedStatement("SELECT $1::int - 1 AS n", [.int(9)]),
            ])
        }
        #expect(results.map { $0.int(0, "n") } == [2, 30, 8])
        let prepared = try await connection.run { try $0.query("SELECT count(*) FROM pg_prepared_statements").scalar }
        #expect(prepared == "2", "only the two prepared statements")
    }

    @Test func theFirstFailureIsThrownAndTheRestAreSkipped() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        try await connection.run { try $0.query("CREATE TABLE marks (n int PRIMARY KEY)") }
        let error = await #expect(throws: PostgresError.self) {
            try await connection.run { session in
                try session.pipeline([
                    PipelinedStatement("BEGIN"),
                    PipelinedStatement("INSERT INTO marks VALUES ($1)", [.int(1)]),
                    PipelinedStatement("INSERT INTO marks VALUES ($1)", [.int(1)]),
                    PipelinedStatement("INSERT INTO marks VALUES ($1)", [.int(2)]),
                ])
            }
        }
        #expect(error?.sqlState == "23505", "the duplicate key, not a later statement's abort")
        // The transaction is aborted, not committed: the caller rolls back and the connection goes on.
        let rolledBack = try await connection.run { session -> String? in
            try session.query("ROLLBACK")
            return try session.query("SELECT count(*) FROM marks").scalar
        }
        #expect(rolledBack == "0")
        let prepareFailure = await #expect(throws: PostgresError.self) {
            try await connection.run { try $0.pipeline([PipelinedStatement("SELECT n FROM no_such_table")]) }
        }
        #expect(prepareFailure?.sqlState == "42P01")
        try await connection.run { try $0.query("CREATE TABLE no_such_table (n int)") }
        // The statement that failed to prepare is prepared again, not executed by a name the server lacks.
        let later = try await connection.run { try $0.pipeline([PipelinedStatement("SELECT n FROM no_such_table")]) }
        #expect(later.first?.isEmpty == true)
    }

    @Test func aBackendEndedMidPipelineIsALostConnectionAndTheNextCallReconnects() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let error = await #expect(throws: PostgresError.self) {
            try await connection.run { session in
                try session.pipeline([
                    PipelinedStatement("SELECT 1 AS one"),
                    PipelinedStatement("SELECT pg_terminate_backend(pg_backend_pid())"),
                    PipelinedStatement("SELECT 3 AS three"),
                ])
            }
        }
        #expect(error?.isConnectionProblem == true, "\(error.map { "\($0)" } ?? "-")")
        #expect(try await connection.run { try $0.pipeline([PipelinedStatement("SELECT 7 AS seven")]) }.first?.int(0, "seven") == 7)
    }
}
