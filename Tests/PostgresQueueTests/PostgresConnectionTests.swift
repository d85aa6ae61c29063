import PostgresQueue
import PostgresTestSupport
import Testing

/// The libpq connection against a real cluster: parameters and results, and the four ways a connection is
/// refused, each with its own clear kind.
@Suite struct PostgresConnectionTests {
    @Test func textAndBinaryParametersRoundTrip() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let bytes: [UInt8] = [0, 1, 2, 0xFF, 0x5C, 0x78, 0]
        let rows = try await connection.run { session in
            try session.query("SELECT $1::text AS word, $2::bytea AS raw, $3::int + 1 AS next, $4::text IS NULL AS missing",
                              [.text("grüße \"quoted\""), .bytes(bytes), .int(41), .null])
        }
        #expect(rows.text(0, "word") == "grüße \"quoted\"")
        #expect(rows.bytes(0, "raw") == bytes)
        #expect(rows.int(0, "next") == 42)
        #expect(rows.text(0, "missing") == "t")
    }

    @Test func rejectedStatementCarriesItsSQLState() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let error = await #expect(throws: PostgresError.self) {
            try await connection.run { try $0.query("SELEC 1") }
        }
        #expect(error?.kind == .statementFailed)
        #expect(error?.sqlState == "42601")
        // The connection stays usable after a rejected statement.
        let one = try await connection.run { try $0.query("SELECT 1").scalar }
        #expect(one == "1")
    }

    @Test func unparsableURLIsRefusedBeforeConnecting() async throws {
        let error = await #expect(throws: PostgresError.self) {
            _ = try await PostgresConnection.connect("postgresql://host:notaport:/x?sslmode")
        }
        #expect(error?.kind == .invalidURL)
        let keywordError = await #expect(throws: PostgresError.self) {
            _ = try await PostgresConnection.connect("host=/tmp nonsense")
        }
        #expect(keywordError?.kind == .invalidURL)
        // Values libpq checks only when connecting: a wrong URL all the same, not an outage to wait out.
        for url in ["postgresql://db.example:notaport/x", "host=/tmp port=0 dbname=x", "host=/tmp sslmode=bogus dbname=x"] {
            let late = await #expect(throws: PostgresError.self) { _ = try await PostgresConnection.connect(url) }
            #expect(late?.kind == .invalidURL, "\(url): \(late.map { "\($0)" } ?? "-")")
        }
    }

    @Test func wrongPasswordIsAnAuthenticationFailureAndNotLogged() async throws {
        let cluster = try TemporaryCluster.start()
        let good = try await cluster.createDatabase()
        let database = String(good.split(separator: "/").last!)
        let refused = cluster.url(database: database, user: TemporaryCluster.passwordRole, password: "wrong-secret")
        let error = await #expect(throws: PostgresError.self) { _ = try await PostgresConnection.connect(refused) }
        #expect(error?.kind == .authenticationFailed)
        #expect(error.map { !"\($0)".contains("wrong-secret") } == true)
        // The right password gets in: the failure above was the password, not the setup.
        let accepted = cluster.url(database: database, user: TemporaryCluster.passwordRole, password: TemporaryCluster.password)
        let connection = try await PostgresConnection.connect(accepted)
        #expect(try await connection.run { try $0.query("SELECT current_user").scalar } == TemporaryCluster.passwordRole)
    }

    @Test func missingDatabaseIsNamed() async throws {
        let cluster = try TemporaryCluster.start()
        let error = await #expect(throws: PostgresError.self) {
            _ = try await PostgresConnection.connect(cluster.url(database: "no_such_database"))
        }
        #expect(error?.kind == .missingDatabase)
        #expect(error?.message.contains("no_such_database") == true)
    }

    @Test func absentServerIsUnreachable() async throws {
        let error = await #expect(throws: PostgresError.self) {
            _ = try await PostgresConnection.connect("host=/nonexistent-socket-directory dbname=x connect_timeout=2")
        }
        #expect(error?.kind == .unreachable)
    }

    @Test func terminatedBackendIsLostThenReconnected() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let other = try await PostgresConnection.connect(url)
        let victim = try #require(await connection.backendProcessID())
        try await other.run { try $0.query("SELECT pg_terminate_backend($1)", [.int(Int(victim))]) }
        let error = await #expect(throws: PostgresError.self) {
            try await connection.run { try $0.query("SELECT 1") }
        }
        #expect(error?.isConnectionProblem == true)
        let reconnected = try await connection.run { try $0.query("SELECT 2").scalar }
        #expect(reconnected == "2")
        #expect(await connection.backendProcessID() != victim)
    }
}
