/// Brings a database to this binary's schema, at start and by `articlewatch migrate`. Several daemons may
/// start at once, so the whole check-and-apply runs under a session advisory lock; each migration commits
/// with its version row, so a crash between two leaves a consistent, resumable state. A database already
/// at a newer version than the binary knows is refused: an old daemon must not write rows a newer schema
/// reads differently.
public enum SchemaMigrator {
    /// The advisory lock key ("AWMIGR" + 1); any fixed 64-bit number only ArticleWatch uses.
    static let lockKey = 0x4157_4D49_4752_0001

    public struct Report: Sendable, Equatable {
        public let fromVersion: Int
        public let toVersion: Int
        public var applied: [Int] { fromVersion < toVersion ? Array((fromVersion + 1)...toVersion) : [] }
    }

    @discardableResult
    public static func migrate(_ connection: PostgresConnection, migrations: [SchemaMigration] = QueueSchema.migrations)
        async throws -> Report
    {
        try await connection.run { session in try migrate(session, migrations: migrations) }
    }

    static func migrate(_ session: PostgresSession, migrations: [SchemaMigration]) throws -> Report {
        try session.query("SELECT pg_advisory_lock($1)", [.int(lockKey)])
        defer { _ = try? session.query("SELECT pg_advisory_unlock($1)", [.int(lockKey)]) }
        try session.query("""
            CREATE TABLE IF NOT EXISTS aw_schema_versions (
                version integer PRIMARY KEY, summary text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """)
        let current = Int(try session.query("SELECT coalesce(max(version), 0) FROM aw_schema_versions").scalar ?? "0") ?? 0
        let latest = migrations.last?.version ?? 0
        guard current <= latest else {
            throw PostgresError(.schemaTooNew, """
                the database's schema is version \(current) but this articlewatch knows versions up to \(latest); \
                upgrade articlewatch on this host (it refuses to write to a schema it does not know)
                """)
        }
        for migration in migrations where migration.version > current {
            try session.transaction {
                try session.execute(migration.sql)
                try session.query("INSERT INTO aw_schema_versions (version, summary) VALUES ($1, $2)",
                                  [.int(migration.version), .text(migration.summary)])
            }
        }
        return Report(fromVersion: current, toVersion: max(current, latest))
    }
}
