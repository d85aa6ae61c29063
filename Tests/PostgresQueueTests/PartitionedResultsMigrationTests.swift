@testable import PostgresQueue
import PostgresTestSupport
import Testing

/// Version 1 to 2 on a database with lines in it: every line keeps its id, order, commit time and text
/// byte for byte, lands in its day's partition, stays committed for its delivery, and its pending export
/// is still delivered; new lines continue the ids.
@Suite struct PartitionedResultsMigrationTests {
    /// Texts a careless copy would change: composed and decomposed accents (equal as Swift Strings, not as
    /// bytes), escapes, field order, spacing, an emoji and a failure line.
    static let texts = [
        #"{"z":1,"a":"caf\u00e9","title":"Café in Paris","entities":[{"text":"Paris"}]}"#,
        "{\"title\":\"Cafe\u{301} du Nord\",\"a\" : [1,  2]}",
        #"{"quote":"he said \"no\" \\ then left","emoji":"🗞️"}"#,
        #"{"file":"x.bin","reason":"binary"}"#,
        "{\"n\":\"line with trailing spaces\"}   ",
    ]

    struct StoredLine: Equatable {
        let id: Int
        let host: String
        let delivery: String
        let outcome: String
        let bytes: [UInt8]
        let committedAt: String
    }

    private func storedLines(_ connection: PostgresConnection) async throws -> [StoredLine] {
        let rows = try await connection.run {
            try $0.query("SELECT id, host, delivery, outcome, line, committed_at::text AS committed_at FROM aw_results ORDER BY id")
        }
        return (0..<rows.count).map { row in
            StoredLine(id: rows.int(row, "id") ?? -1, host: rows.text(row, "host") ?? "", delivery: rows.text(row, "delivery") ?? "",
                       outcome: rows.text(row, "outcome") ?? "", bytes: Array((rows.text(row, "line") ?? "").utf8),
                       committedAt: rows.text(row, "committed_at") ?? "")
        }
    }

    @Test func versionOneLinesSurviveTheMigrationByteForByte() async throws {
        let url = try await TemporaryCluster.start().createDatabase("v1")
        let connection = try await PostgresConnection.connect(url)
        try await SchemaMigrator.migrate(connection, migrations: Array(QueueSchema.migrations.prefix(1)))
        // Lines on three days (one of them today), two hosts, one export still pending, one fingerprint;
        // rolled-back inserts leave gaps in the ids (one inside, one after the last), as aborted commits do.
        let texts = Self.texts
        try await connection.run { session in
            func abortedInsert() throws {
                try session.query("BEGIN")
                try session.query("INSERT INTO aw_results (host, delivery, name, outcome, line, attempt, committed_by) VALUES ('x', 'gone', 'g', 'result', '{}', 1, 'x')")
                try session.query("ROLLBACK")
            }
            for (number, text) in texts.enumerated() {
                if number == 2 { try abortedInsert() }
                try session.query("""
                    INSERT INTO aw_results (host, delivery, name, outcome, line, attempt, committed_by, committed_at)
                    VALUES ($1, $2, $3, $4, $5, 1, $1, now() - make_interval(days => $6::integer, secs => $7::double precision))
                    """, [.text(number % 2 == 0 ? "alpha" : "beta"), .text("d-\(number)"), .text("f-\(number).txt"),
                          .text(text.contains("reason") ? "failure" : "result"), .text(text), .int(10 - 5 * (number / 2)), .double(Double(number) * 0.001)])
            }
            let last = try session.query("SELECT max(id) FROM aw_results").scalar ?? ""
            try abortedInsert()
            try session.query("INSERT INTO aw_exports (host, result_id) VALUES ('beta', $1)", [.text(last)])
            try NearDuplicateStore.register(session, probe: NearDuplicateProbe(articleID: "a0", signature: [1], shingles: 1, bandKeys: [7]),
                                            resultID: 1, name: "f-0.txt", receivedAt: 1)
        }
        let before = try await storedLines(connection)
        #expect(before.count == texts.count)

        let report = try await SchemaMigrator.migrate(connection)
        #expect(report.applied == Array(2...QueueSchema.latestVersion))
        let after = try await storedLines(connection)
        #expect(after == before, "ids, order, hosts, deliveries, commit times and line bytes unchanged")
        #expect(after.map(\.bytes) == texts.map { Array($0.utf8) })

        // Each line is in its own day's partition, none in the default.
        for line in after {
            let day = try await connection.run {
                try $0.query("SELECT to_char($1::timestamptz AT TIME ZONE 'UTC', 'YYYYMMDD')", [.text(line.committedAt)]).scalar ?? ""
            }
            let fixture = QueueFixture(url: url)
            #expect(try await fixture.partition(ofResult: line.id) == "aw_results_\(day)")
        }
        #expect(try await QueueFixture(url: url).count("SELECT count(*) FROM aw_results_default") == 0)

        // The deliveries stay committed (not queued again), the pending export still arrives, the view and
        // the fingerprint still resolve, and a new commit continues after the old ids.
        let beta = PostgresWorkQueue(connection: connection, host: "beta", leaseSeconds: 30)
        #expect(try await beta.state(ofDelivery: "d-1") == .committed(resultID: after[1].id))
        #expect(try await beta.ingest(delivery: "d-3", name: "f-3.txt", bytes: [1], receivedAt: 1) == .alreadyCommitted)
        #expect(try await beta.pendingExports(limit: 10).map(\.line.text) == [texts[4]])
        #expect(try await QueueFixture(url: url).count(#"SELECT count(*) FROM aw_result_lines WHERE line->'entities' @> '[{"text":"Paris"}]'"#) == 1)
        #expect(try await QueueFixture(url: url).count("SELECT count(*) FROM aw_fingerprints f JOIN aw_results r ON r.id = f.result_id") == 1)
        _ = try await beta.ingest(delivery: "new", name: "new.txt", bytes: [2], receivedAt: 2)
        let job = try #require(try await beta.claim(limit: 1).first)
        guard case let .committed(newID) = try await beta.commit(job, line: CommittedLine(.result, "{}")) else {
            Issue.record("the first commit after the migration was not committed")
            return
        }
        #expect(newID > after.map(\.id).max()! + 1, "after v1's last id, including the rolled-back one")
        #expect(try await beta.committedLines(after: 0, limit: 10).map(\.id) == after.map(\.id) + [newID])
    }
}
