import ArticleAnalysis
@testable import PostgresQueue
import Testing

/// The shared near-duplicate window's trimming: one session at a time holds the maintenance lock, the
/// others skip; days and count are applied as each host's own registry applies them; band rows go with
/// their fingerprints and results stay.
@Suite struct SharedMaintenanceTests {
    /// `count` committed results with fingerprints and two band rows each, received a day apart (oldest first).
    private func fill(_ fixture: QueueFixture, count: Int) async throws {
        let connection = try await PostgresConnection.connect(fixture.url)
        try await connection.run { session in
            for number in 0..<count {
                let id = try session.query("""
                    INSERT INTO aw_results (host, delivery, name, outcome, line, attempt, committed_by)
                    VALUES ('alpha', $1, $2, 'result', '{}', 1, 'alpha') RETURNING id
                    """, [.text("d-\(number)"), .text("f-\(number).txt")]).int(0, "id")!
                try NearDuplicateStore.register(
                    session, probe: NearDuplicateProbe(articleID: "a\(number)", signature: [1, 2, 3], shingles: 9, bandKeys: [Int64(number), Int64(1000 + number)]),
                    resultID: id, name: "f-\(number).txt", receivedAt: 1_700_000_000 + Double(number) * 86_400)
            }
        }
        await connection.close()
    }

    @Test func oneHostTrimsTheOthersSkipUntilItsSessionEnds() async throws {
        let fixture = try await QueueFixture.make()
        try await fill(fixture, count: 10)
        let first = SharedMaintenance(connection: try await PostgresConnection.connect(fixture.url))
        let second = SharedMaintenance(connection: try await PostgresConnection.connect(fixture.url))
        #expect(try await first.runOnce(window: DuplicateWindow(count: 8, days: nil)).trimmedArticles == 2)
        #expect(try await second.runOnce(window: DuplicateWindow(count: 1, days: nil)) == .skipped)
        // The holder keeps the lock from round to round (session locks stack: it must not take it twice).
        #expect(try await first.runOnce(window: DuplicateWindow(count: 8, days: nil)).trimmedArticles == 0)
        let locks = try await fixture.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = \(SharedMaintenance.lockKey & 0xFFFF_FFFF) AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
        #expect(locks == 1, "\(locks)")
        #expect(try await fixture.count("SELECT min(substr(name, 3, 1)::int) FROM aw_fingerprints") == 2, "the oldest two went")
        #expect(try await fixture.count("SELECT count(*) FROM aw_duplicate_bands") == 16, "their band rows with them")
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 10, "results are kept")
        // The holder's session ends (its host died): the next host's round takes over.
        let holder = try #require(await first.connection.backendProcessID())
        _ = try await fixture.count("SELECT count(*) FROM (SELECT pg_terminate_backend(\(holder))) AS ended")
        // pg_terminate_backend only signals: the lock goes when the backend has exited, however long that takes.
        let deadline = ContinuousClock.now + .seconds(120)
        while try await fixture.count("SELECT count(*) FROM pg_stat_activity WHERE pid = \(holder)") > 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try await second.runOnce(window: DuplicateWindow(count: 5, days: nil)).trimmedArticles == 3)
        // Its first call after the loss fails (libpq learns of it then); the next reconnects and skips.
        _ = try? await first.runOnce(window: DuplicateWindow(count: 5, days: nil))
        #expect(try await first.runOnce(window: DuplicateWindow(count: 5, days: nil)) == .skipped, "reconnected, but the lock has moved on")
        await second.release()
        #expect(try await first.runOnce(window: DuplicateWindow(count: 5, days: nil)).trimmedArticles == 0, "released at shutdown")
    }

    @Test func daysAreCountedFromTheNewestArticle() async throws {
        let fixture = try await QueueFixture.make()
        try await fill(fixture, count: 10)
        let maintenance = SharedMaintenance(connection: try await PostgresConnection.connect(fixture.url))
        // Received on days 0…9: a 3.5-day window keeps days 6…9 (day 5 is 4 days before the newest).
        #expect(try await maintenance.runOnce(window: DuplicateWindow(count: nil, days: 3.5)).trimmedArticles == 6)
        #expect(try await fixture.count("SELECT count(*) FROM aw_fingerprints") == 4)
        // Both limits: the tighter one wins.
        #expect(try await maintenance.runOnce(window: DuplicateWindow(count: 1, days: 30)).trimmedArticles == 3)
        #expect(try await fixture.count("SELECT count(*) FROM aw_duplicate_bands") == 2)
    }

    @Test func deletedFingerprintsTakeTheirBandRows() async throws {
        // Whoever deletes fingerprints (the trim, a delete of old lines), the band rows go by the
        // fingerprints' trigger: no foreign key checks each band row as it is inserted.
        let fixture = try await QueueFixture.make()
        try await fill(fixture, count: 4)
        let connection = try await PostgresConnection.connect(fixture.url)
        try await connection.run { try $0.query("DELETE FROM aw_fingerprints WHERE name IN ('f-0.txt', 'f-1.txt')") }
        await connection.close()
        #expect(try await fixture.count("SELECT count(*) FROM aw_fingerprints") == 2)
        #expect(try await fixture.count("SELECT count(*) FROM aw_duplicate_bands") == 4)
        #expect(try await fixture.count("SELECT count(*) FROM aw_duplicate_bands b WHERE NOT EXISTS (SELECT 1 FROM aw_fingerprints f WHERE f.result_id = b.result_id)") == 0)
    }
}
