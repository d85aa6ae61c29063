@testable import PostgresQueue
import Testing

/// `articlewatch prune`'s library half: whole day partitions go only when every line in them is in its
/// committing host's logs; a refusal names the hosts; the default partition's old lines follow the same
/// rule; what remains is still exported oldest first; pruned deliveries stay delivered.
@Suite struct PartitionPrunerTests {
    private func compact(_ day: String) -> String { "aw_results_" + day.filter { $0 != "-" } }

    @Test func dropsExportedDaysAndRefusesOneWithPendingLines() async throws {
        let fixture = try await QueueFixture.make()
        let days = [try await fixture.day(-12), try await fixture.day(-11), try await fixture.day(-10)]
        for day in days { try await fixture.makePartition(day) }
        var ids: [String: Int] = [:]
        for (index, day) in days.enumerated() {
            for number in 0..<3 {
                // Day -11 keeps one line pending for beta and one for gamma; everything else is exported.
                let host = ["alpha", "beta", "gamma"][number]
                let pending = index == 1 && number > 0
                ids["\(index)-\(number)"] = try await fixture.commitAged(
                    host: host, delivery: "\(index)-\(number)", day: day, line: #"{"day":\#(index),"n":\#(number)}"#, exported: !pending)
            }
        }
        let connection = try await PostgresConnection.connect(fixture.url)
        let fingerprinted = try #require(ids["0-0"])
        try await connection.run { session in
            try NearDuplicateStore.register(session, probe: NearDuplicateProbe(articleID: "a", signature: [1], shingles: 1, bandKeys: [1, 2]),
                                            resultID: fingerprinted, name: "0-0.txt", receivedAt: 1)
        }
        let today = try await fixture.queue()
        try await today.ingestNumbered(1)
        let job = try #require(try await today.claim(limit: 1).first)
        guard case let .committed(todayID) = try await today.commit(job, line: CommittedLine(.result, "today")) else {
            Issue.record("not committed")
            return
        }
        let pruner = PartitionPruner(connection: connection)
        let expected: [PruneOutcome] = [
            .dropped(partition: compact(days[0]), lines: 3),
            .refused(partition: compact(days[1]), lines: 3, reason: .notExported([.init(host: "beta", lines: 1), .init(host: "gamma", lines: 1)])),
            .dropped(partition: compact(days[2]), lines: 3),
        ]
        // A dry run says the same and changes nothing.
        #expect(try await pruner.prune(before: try await fixture.day(0), dryRun: true) == expected)
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 10)
        #expect(try await pruner.prune(before: try await fixture.day(0)) == expected)

        #expect(try await fixture.count("SELECT count(*) FROM pg_class WHERE relname IN ('\(compact(days[0]))', '\(compact(days[2]))')") == 0)
        let remaining = try await today.committedLines(after: 0, limit: 20)
        #expect(remaining.map(\.id) == [ids["1-0"]!, ids["1-1"]!, ids["1-2"]!, todayID], "what is left, oldest first")
        #expect(try await fixture.count("SELECT count(*) FROM aw_fingerprints") == 0, "the dropped line's fingerprint went with it")
        #expect(try await fixture.count("SELECT count(*) FROM aw_duplicate_bands") == 0)
        // A pruned delivery is still delivered: its ledger row stays, so it is never queued again.
        #expect(try await today.state(ofDelivery: "0-0") == .committed(resultID: ids["0-0"]!))
        #expect(try await today.ingest(delivery: "0-0", name: "0-0.txt", bytes: [1], receivedAt: 1) == .alreadyCommitted)
        let refusal = expected[1].description(dryRun: false)
        #expect(refusal.contains("beta: 1, gamma: 1") && refusal.contains("2 lines not yet in the committing host's local logs"), "\(refusal)")

        // Once beta and gamma have written their lines, the day goes too; today's partition never does.
        try await connection.run { try $0.query("DELETE FROM aw_exports") }
        #expect(try await pruner.prune(before: try await fixture.day(0)) == [.dropped(partition: compact(days[1]), lines: 3)])
        #expect(try await today.committedLines(after: 0, limit: 20).map(\.id) == [todayID])
        #expect(try await pruner.prune(before: try await fixture.day(0)) == [])
        await #expect(throws: PruneDateError.self) { try await pruner.prune(before: try await fixture.day(1)) }
    }

    @Test func theDefaultPartitionsOldLinesFollowTheSameRule() async throws {
        let fixture = try await QueueFixture.make()
        let ancient = try await fixture.day(-900)
        let exported = try await fixture.commitAged(host: "alpha", delivery: "a", day: ancient, line: "{}", exported: true)
        try await fixture.commitAged(host: "beta", delivery: "b", day: ancient, line: "{}", exported: false)
        #expect(try await fixture.partition(ofResult: exported) == "aw_results_default")
        let pruner = PartitionPruner(connection: try await PostgresConnection.connect(fixture.url))
        let before = try await fixture.day(-800)
        #expect(try await pruner.prune(before: before) == [
            .refused(partition: "aw_results_default", lines: 2, reason: .notExported([.init(host: "beta", lines: 1)])),
        ])
        _ = try await fixture.count("WITH gone AS (DELETE FROM aw_exports RETURNING 1) SELECT count(*) FROM gone")
        #expect(try await pruner.prune(before: before) == [.deleted(partition: "aw_results_default", lines: 2)])
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 0)
    }

    /// A long query holds aw_results: prune does not queue every commit behind its exclusive lock for
    /// longer than its timeout; it refuses, and succeeds once the query is over.
    @Test func aBusyTableIsRefusedNotWaitedFor() async throws {
        let fixture = try await QueueFixture.make()
        let old = try await fixture.day(-5)
        try await fixture.makePartition(old)
        try await fixture.commitAged(host: "alpha", delivery: "x", day: old, line: "{}", exported: true)
        let analyst = try await PostgresConnection.connect(fixture.url)
        try await analyst.run { session in
            try session.query("BEGIN")
            try session.query("SELECT count(*) FROM aw_result_lines")
        }
        let pruner = PartitionPruner(connection: try await PostgresConnection.connect(fixture.url), lockTimeoutMilliseconds: 200)
        #expect(try await pruner.prune(before: try await fixture.day(0)) == [
            .refused(partition: compact(old), lines: 1, reason: .busy(lockTimeoutMilliseconds: 200)),
        ])
        try await analyst.run { try $0.query("COMMIT") }
        #expect(try await pruner.prune(before: try await fixture.day(0)) == [.dropped(partition: compact(old), lines: 1)])
    }
}
