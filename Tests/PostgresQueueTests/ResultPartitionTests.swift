import ArticleAnalysis
@testable import PostgresQueue
import Testing

/// The results' day partitions at work: commits land in today's partition, a day without one falls into
/// the default instead of failing, the maintenance makes the next week ahead, one delivery stays one line
/// across partitions, and the analysts' jsonb view reads every partition.
@Suite struct ResultPartitionTests {
    @Test func theViewReadsLinesFromEveryPartition() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue()
        try await queue.ingestNumbered(1)
        let job = try #require(try await queue.claim(limit: 1).first)
        let paris = #"{"entities":[{"text":"Paris","type":"place"}],"title":"t"}"#
        guard case let .committed(todayID) = try await queue.commit(job, line: CommittedLine(.result, paris)) else {
            Issue.record("not committed")
            return
        }
        let old = try await fixture.day(-20)
        try await fixture.makePartition(old)
        let oldID = try await fixture.commitAged(host: "alpha", delivery: "old", day: old, line: paris, exported: true)
        // Three years back no partition exists: the line goes to the default partition.
        let ancientID = try await fixture.commitAged(host: "alpha", delivery: "ancient", day: try await fixture.day(-1100), line: paris, exported: true)
        try await fixture.commitAged(host: "alpha", delivery: "berlin", day: old, line: #"{"entities":[{"text":"Berlin"}]}"#, exported: true)

        #expect(try await fixture.partition(ofResult: todayID) == "aw_results_\(try await fixture.day(0).filter { $0 != "-" })")
        #expect(try await fixture.partition(ofResult: oldID) == "aw_results_\(old.filter { $0 != "-" })")
        #expect(try await fixture.partition(ofResult: ancientID) == "aw_results_default")
        #expect(try await fixture.count(#"SELECT count(*) FROM aw_result_lines WHERE line->'entities' @> '[{"text":"Paris"}]'"#) == 3)
        #expect(try await fixture.count(#"SELECT count(DISTINCT tableoid) FROM aw_results WHERE line::jsonb->'entities' @> '[{"text":"Paris"}]'"#) == 3)
        #expect(try await fixture.count(#"SELECT count(*) FROM aw_result_lines WHERE line->'entities' @> '[{"text":"Berlin"}]' AND line->>'title' IS NULL"#) == 1)
        // `articlewatch export` reads them all, by id.
        #expect(try await queue.committedLines(after: 0, limit: 10).map(\.id) == [todayID, oldID, ancientID, ancientID + 1])
    }

    @Test func maintenanceMakesTheNextWeekAndLeavesADayWithDefaultLinesAlone() async throws {
        let fixture = try await QueueFixture.make()
        let dayAfterTomorrow = try await fixture.day(2)
        let inThreeDays = try await fixture.day(3)
        let admin = try await PostgresConnection.connect(fixture.url)
        for day in [dayAfterTomorrow, inThreeDays] {
            let table = ResultPartition.quoted("aw_results_" + day.filter { $0 != "-" })
            try await admin.run { session in
                try session.query("ALTER TABLE aw_results DETACH PARTITION \(table)")
                try session.query("DROP TABLE \(table)")
            }
        }
        // A commit on a day without a partition does not fail: the default takes it.
        let early = try await fixture.commitAged(host: "alpha", delivery: "early", day: inThreeDays, line: "{}", exported: false)
        #expect(try await fixture.partition(ofResult: early) == "aw_results_default")

        let maintenance = SharedMaintenance(connection: try await PostgresConnection.connect(fixture.url))
        let round = try await maintenance.runOnce(window: DuplicateWindow(count: nil, days: nil))
        guard case let .done(_, created) = round else {
            Issue.record("the only maintenance session skipped: \(round)")
            return
        }
        #expect(created.contains("aw_results_" + dayAfterTomorrow.filter { $0 != "-" }))
        #expect(!created.contains("aw_results_" + inThreeDays.filter { $0 != "-" }), "its line stays in the default")
        #expect(try await fixture.count("SELECT count(*) FROM aw_results_default") == 1)
        let ahead = try await fixture.day(SharedMaintenance.partitionDaysAhead)
        #expect(try await fixture.count("SELECT count(*) FROM pg_class WHERE relname = 'aw_results_\(ahead.filter { $0 != "-" })'") == 1)
        // Nothing left to make: the next round makes none.
        #expect(try await maintenance.runOnce(window: DuplicateWindow(count: nil, days: nil)) == .done(trimmedArticles: 0, createdPartitions: []))
    }

    /// A long read holds aw_results: making a partition gives up after its lock timeout (commits wait
    /// behind it no longer) and says so, and the next round, after the read, makes it.
    @Test func aPartitionBlockedByALongReadIsMadeByTheNextRound() async throws {
        let fixture = try await QueueFixture.make()
        let table = "aw_results_" + (try await fixture.day(SharedMaintenance.partitionDaysAhead)).filter { $0 != "-" }
        let analyst = try await PostgresConnection.connect(fixture.url)
        try await analyst.run { session in
            try session.query("ALTER TABLE aw_results DETACH PARTITION \(table)")
            try session.query("DROP TABLE \(table)")
            try session.query("BEGIN")
            try session.query("SELECT count(*) FROM aw_result_lines")
        }
        let maintenance = SharedMaintenance(connection: try await PostgresConnection.connect(fixture.url))
        let error = await #expect(throws: SharedMaintenance.PartitionsNotMade.self) {
            try await maintenance.runOnce(window: DuplicateWindow(count: nil, days: nil))
        }
        #expect(error?.cause.sqlState == "55P03", "lock_not_available: \(String(describing: error))")
        try await analyst.run { try $0.query("COMMIT") }
        let round = try await maintenance.runOnce(window: DuplicateWindow(count: nil, days: nil))
        guard case let .done(_, created) = round else {
            Issue.record("skipped: \(round)")
            return
        }
        #expect(created.contains(table))
    }

    /// The (host, delivery) key lives in the ledger now: a delivery queued again after its line was
    /// committed (the race between a recovery's ingest and a commit) is fenced at its commit, one line.
    @Test func aDeliveryCommittedOnceStaysOneLineAcrossPartitions() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue()
        let old = try await fixture.day(-3)
        try await fixture.makePartition(old)
        let first = try await fixture.commitAged(host: "alpha", delivery: "d-0", day: old, line: "first", exported: true)
        #expect(try await queue.ingest(delivery: "d-0", name: "file-0.txt", bytes: [1], receivedAt: 1) == .alreadyCommitted)
        // Queued behind ingest's back, as the race leaves it.
        _ = try await fixture.count("WITH queued AS (INSERT INTO aw_jobs (host, delivery, name, bytes, received_at) VALUES ('alpha', 'd-0', 'file-0.txt', '\\x01', 1) RETURNING 1) SELECT count(*) FROM queued")
        let again = try #require(try await queue.claim(limit: 1).first)
        #expect(try await queue.commit(again, line: CommittedLine(.result, "second")) == .fenced)
        #expect(try await queue.committedLines(after: 0, limit: 10).map(\.line.text) == ["first"])
        #expect(try await queue.state(ofDelivery: "d-0") == .committed(resultID: first))
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 0)
        #expect(try await queue.pendingExports(limit: 10).isEmpty, "the fenced commit wrote no export row")
    }
}
