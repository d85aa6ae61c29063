import PostgresQueue
import PostgresTestSupport
import Testing

/// Migrations on a real database: applied once, safe to run again and from several daemons at once, and a
/// newer schema than the binary knows refused with a clear error.
@Suite struct SchemaMigratorTests {
    @Test func freshDatabaseGetsEveryMigrationThenNothingMore() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        let first = try await SchemaMigrator.migrate(connection)
        #expect(first.fromVersion == 0)
        #expect(first.toVersion == QueueSchema.latestVersion)
        let second = try await SchemaMigrator.migrate(connection)
        #expect(second.applied.isEmpty)
        let tables = try await connection.run { session in
            try session.query("SELECT count(*) FROM pg_class WHERE relname IN ('aw_jobs','aw_results','aw_exports','aw_duplicate_bands','aw_result_lines')").scalar
        }
        #expect(tables == "5")
        let options = try await connection.run { try $0.query("SELECT reloptions::text FROM pg_class WHERE relname = 'aw_jobs'").scalar }
        #expect(options?.contains("fillfactor=70") == true)
    }

    @Test func concurrentStartsApplyEachMigrationOnce() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let reports = try await withThrowingTaskGroup(of: SchemaMigrator.Report.self) { group in
            for _ in 0..<4 {
                group.addTask { try await SchemaMigrator.migrate(PostgresConnection.connect(url)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(reports.filter { !$0.applied.isEmpty }.count == 1)
        let connection = try await PostgresConnection.connect(url)
        let rows = try await connection.run { try $0.query("SELECT count(*) FROM aw_schema_versions").scalar }
        #expect(rows == String(QueueSchema.migrations.count))
    }

    @Test func newerSchemaIsRefused() async throws {
        let url = try await TemporaryCluster.start().createDatabase()
        let connection = try await PostgresConnection.connect(url)
        try await SchemaMigrator.migrate(connection)
        let future = QueueSchema.latestVersion + 1
        try await connection.run { try $0.query("INSERT INTO aw_schema_versions (version, summary) VALUES ($1, 'from the future')", [.int(future)]) }
        let error = await #expect(throws: PostgresError.self) { try await SchemaMigrator.migrate(connection) }
        #expect(error?.kind == .schemaTooNew)
        #expect(error?.message.contains("version \(future)") == true)
        #expect(error?.message.contains("upgrade articlewatch") == true)
    }
}
