import Foundation
import PostgresQueue
import PostgresTestSupport
import Testing

/// A job whose first claimer died, taken by a host whose isolated child the test fault keeps spinning
/// (`spin:slow`): the starting point of the lease tests, where a second host then does or does not take
/// the job over.
struct SlowJobScene {
    let url: String
    let lease: Double
    let label: String
    let admin: PostgresConnection

    static func make(label: String, lease: Double) async throws -> SlowJobScene {
        let url = try await TemporaryCluster.start().createDatabase(label)
        return SlowJobScene(url: url, lease: lease, label: label, admin: try await PostgresConnection.connect(url))
    }

    func host(_ name: String) throws -> DaemonHarness {
        try DaemonHarness(label: "\(label)-\(name)", config: [
            "workers": 1, "queue": ["engine": "postgres", "url": url, "host": name, "leaseSeconds": lease],
        ])
    }

    /// Starts host `name` (with `environment` besides the fault), leaves it the job `slow-1` and waits until
    /// it holds it (attempt 2, spinning).
    func startHolder(_ name: String, environment: [String: String] = [:]) async throws -> DaemonHarness {
        let holder = try host(name)
        try holder.start(environment: environment.merging(["ARTICLEWATCH_TEST_FAULT": "spin:slow"]) { $1 })
        #expect(holder.waitForReady(), "\(holder.stderr.suffix(2000))")
        try await admin.run { session in
            try session.query("""
                INSERT INTO aw_jobs (host, delivery, name, bytes, received_at, attempt, lease_until, state)
                VALUES ('gone', 'slow-1', 'slow.txt', $1, 1700000000, 1, now() - interval '1 second', 'leased')
                """, [.bytes(Array("Officials in Paris said the talks would continue on Monday.".utf8))])
        }
        var claimedBy: String?
        let deadline = Date().addingTimeInterval(120)
        while claimedBy != name, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            claimedBy = try await admin.run { try $0.query("SELECT claimed_by FROM aw_jobs WHERE delivery = 'slow-1' AND attempt = 2").scalar }
        }
        #expect(claimedBy == name)
        return holder
    }
}
