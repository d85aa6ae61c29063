import Foundation
@testable import PostgresQueue
import PostgresTestSupport

/// A migrated database and queues on it, one per simulated host or worker.
struct QueueFixture {
    let url: String

    static func make() async throws -> QueueFixture {
        let url = try await TemporaryCluster.start().createDatabase("q")
        try await SchemaMigrator.migrate(PostgresConnection.connect(url))
        return QueueFixture(url: url)
    }

    /// An hour's lease by default: a test ends leases with `expireLeases`, never by waiting, and on a loaded
    /// machine more than a minute has passed between two of a test's awaits.
    func queue(host: String = "alpha", leaseSeconds: Double = 3600, faults: CommitFaults = CommitFaults()) async throws -> PostgresWorkQueue {
        PostgresWorkQueue(connection: try await PostgresConnection.connect(url), host: host, leaseSeconds: leaseSeconds, faults: faults)
    }

    func count(_ sql: String) async throws -> Int {
        let connection = try await PostgresConnection.connect(url)
        defer { Task { await connection.close() } }
        return Int(try await connection.run { try $0.query(sql).scalar } ?? "") ?? -1
    }

    /// Leaves every held lease `seconds` to run, instead of sleeping until it is nearly over.
    func shortenLeases(toSeconds seconds: Int) async throws {
        let connection = try await PostgresConnection.connect(url)
        try await connection.run { try $0.query("UPDATE aw_jobs SET lease_until = clock_timestamp() + make_interval(secs => \(seconds)) WHERE lease_until IS NOT NULL") }
        await connection.close()
    }

    /// Lets every lease run out now, instead of sleeping through it.
    func expireLeases() async throws {
        let connection = try await PostgresConnection.connect(url)
        try await connection.run { try $0.query("UPDATE aw_jobs SET lease_until = clock_timestamp() - interval '1 second' WHERE lease_until IS NOT NULL") }
        await connection.close()
    }
}

extension PostgresWorkQueue {
    /// Ingests `count` small files named `file-N.txt` with delivery tokens `d-N`.
    func ingestNumbered(_ count: Int, from first: Int = 0) async throws {
        for number in first..<(first + count) {
            _ = try await ingest(delivery: "d-\(number)", name: "file-\(number).txt", bytes: Array("article \(number)".utf8), receivedAt: 1_700_000_000.25)
        }
    }
}
