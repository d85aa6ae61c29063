import Foundation
@testable import PostgresQueue
import Testing

/// The exactly-once heart against a real cluster: ingest keyed by delivery, leased claims with a fencing
/// token, a stale claim's commit refused, lost replies settled, concurrent claimers disjoint, poison counted.
@Suite struct PostgresWorkQueueTests {
    @Test func ingestIsKeyedByDeliveryNotBytes() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue()
        let bytes = Array("same bytes".utf8)
        #expect(try await queue.ingest(delivery: "a", name: "x.txt", bytes: bytes, receivedAt: 1) == .queued)
        #expect(try await queue.ingest(delivery: "a", name: "x.txt", bytes: bytes, receivedAt: 1) == .alreadyQueued)
        #expect(try await queue.ingest(delivery: "b", name: "x.txt", bytes: bytes, receivedAt: 1) == .queued)
        let jobs = try await queue.claim(limit: 10)
        #expect(jobs.map(\.delivery) == ["a", "b"])
        #expect(jobs.allSatisfy { $0.bytes == bytes && $0.attempt == 1 && $0.receivedAt == 1 })
        #expect(try await queue.commit(jobs[0], line: CommittedLine(.result, #"{"id":"a"}"#)) == .committed(resultID: 1))
        #expect(try await queue.state(ofDelivery: "a") == .committed(resultID: 1))
        #expect(try await queue.state(ofDelivery: "b") == .queued(attempt: 1))
        #expect(try await queue.state(ofDelivery: "c") == .absent)
        // Recovery re-ingesting a delivery whose line is in must not queue it again.
        #expect(try await queue.ingest(delivery: "a", name: "x.txt", bytes: bytes, receivedAt: 1) == .alreadyCommitted)
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 1)
    }

    @Test func batchedIngestKeepsEachDeliverysOutcome() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue()
        func file(_ delivery: String) -> IngestedFile {
            IngestedFile(delivery: delivery, name: "\(delivery).txt", bytes: Array("bytes of \(delivery)".utf8), receivedAt: 2)
        }
        #expect(try await queue.ingest([file("a"), file("b")]) == [.queued, .queued])
        let first = try #require(try await queue.claim(limit: 1).first)
        #expect(try await queue.commit(first, line: CommittedLine(.result, #"{"id":"a"}"#)) != .fenced)
        // A batch retried after a lost reply, with a new file: each delivery keeps its own outcome.
        #expect(try await queue.ingest([file("a"), file("b"), file("c")]) == [.alreadyCommitted, .alreadyQueued, .queued])
        let jobs = try await queue.claim(limit: 10)
        #expect(jobs.map(\.delivery) == ["b", "c"])
        #expect(jobs.map(\.bytes) == [file("b").bytes, file("c").bytes])
    }

    @Test func committedLineKeepsItsExactTextAndIsExported() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue(host: "beta")
        try await queue.ingestNumbered(1)
        let job = try #require(try await queue.claim(limit: 1).first)
        // Field order and spacing are the contract: the text must come back byte for byte, not re-serialized.
        let text = #"{"schema":"articlewatch/1","z":1,"a":[2, 3],"entities":[{"text":"Paris"}]}"#
        #expect(try await queue.commit(job, line: CommittedLine(.result, text)) != .fenced)
        let pending = try await queue.pendingExports(limit: 10)
        #expect(pending.map(\.line) == [CommittedLine(.result, text)])
        #expect(try await queue.committedLines(after: 0, limit: 10).map(\.line.text) == [text])
        #expect(try await fixture.count(#"SELECT count(*) FROM aw_result_lines WHERE line->'entities' @> '[{"text":"Paris"}]'"#) == 1)
        try await queue.acknowledgeExports(pending.map(\.id))
        #expect(try await queue.pendingExports(limit: 10).isEmpty)
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 0)
    }

    /// A queue on a fresh database with two jobs queued and claimed.
    private func twoClaimedJobs() async throws -> (PostgresWorkQueue, [QueuedJob]) {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue(host: "beta")
        try await queue.ingestNumbered(2)
        let jobs = try await queue.claim(limit: 2)
        try #require(jobs.count == 2)
        return (queue, jobs)
    }

    @Test func acknowledgingExportsKeepsALowerIDNotNamed() async throws {
        // Export ids are drawn inside commit transactions, so the row with the lower id can commit after
        // the exporter read the higher one: acknowledging what was read must not take the lower one along.
        let (queue, jobs) = try await twoClaimedJobs()
        for (job, text) in zip(jobs, ["first", "second"]) {
            #expect(try await queue.commit(job, line: CommittedLine(.result, text)) != .fenced)
        }
        let pending = try await queue.pendingExports(limit: 10)
        #expect(try await queue.pendingExportIDs(limit: 10) == pending.map(\.id))
        try await queue.acknowledgeExports([pending[1].id])
        #expect(try await queue.pendingExports(limit: 10).map(\.line.text) == ["first"])
        #expect(try await queue.pendingExports(ids: [pending[0].id, pending[1].id]).map(\.line.text) == ["first"])
    }

    @Test func outboxKeepsCommittedLinesOnlyOnceOpened() async throws {
        let (queue, jobs) = try await twoClaimedJobs()
        #expect(try await queue.commit(jobs[0], line: CommittedLine(.result, "before")) != .fenced)
        #expect(queue.outbox.take().isEmpty, "nobody exports: nothing kept")
        queue.outbox.open()
        #expect(try await queue.commit(jobs[1], line: CommittedLine(.failure, "after")) != .fenced)
        let kept = queue.outbox.take()
        #expect(kept.map(\.line) == [CommittedLine(.failure, "after")])
        #expect(kept.map(\.id) == [try await queue.pendingExportIDs(limit: 10).last])
        #expect(queue.outbox.take().isEmpty)
    }

    @Test func staleClaimIsFencedAfterItsLeaseIsTakenOver() async throws {
        let fixture = try await QueueFixture.make()
        // The lease is ended by SQL, not by sleeping: on a loaded machine (the full suite beside other
        // builds) even 2 s passed between two claims here. Real expiry: SharedWorkQueueTests, the daemon test.
        let first = try await fixture.queue(host: "alpha")
        let second = try await fixture.queue(host: "beta")
        try await first.ingestNumbered(1)
        let stale = try #require(try await first.claim(limit: 5).first)
        #expect(try await second.claim(limit: 5).isEmpty, "a live lease is not claimable")
        try await fixture.expireLeases()
        let fresh = try #require(try await second.claim(limit: 5).first)
        #expect(fresh.id == stale.id)
        #expect(fresh.attempt == stale.attempt + 1)
        #expect(try await first.commit(stale, line: CommittedLine(.result, "stale")) == .fenced)
        #expect(try await second.commit(fresh, line: CommittedLine(.result, "fresh")) != .fenced)
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 1)
        #expect(try await second.committedLines(after: 0, limit: 5).map(\.line.text) == ["fresh"])
        // The late commit of the stale claim after the fresh one's is fenced too.
        #expect(try await first.commit(stale, line: CommittedLine(.result, "stale")) == .fenced)
        #expect(try await first.pendingExports(limit: 5).isEmpty)
    }

    @Test func lostCommitReplyIsSettledAsCommittedOnce() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue(faults: OneShotFault().losingTheReply)
        try await queue.ingestNumbered(1)
        let job = try #require(try await queue.claim(limit: 1).first)
        let outcome = try await queue.commit(job, line: CommittedLine(.result, "once"))
        guard case .committed = outcome else { Issue.record("settled as \(outcome)"); return }
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 1)
        #expect(try await fixture.count("SELECT count(*) FROM aw_exports") == 1)
    }

    @Test func commitLostBeforeItReachedTheServerIsRetried() async throws {
        let fixture = try await QueueFixture.make()
        let fault = OneShotFault()
        let queue = try await fixture.queue(faults: fault.endingTheBackend)
        try await queue.ingestNumbered(1)
        let job = try #require(try await queue.claim(limit: 1).first)
        #expect(try await queue.settle(job) == nil, "claimed, not committed")
        let outcome = try await queue.commit(job, line: CommittedLine(.result, "after reconnect"))
        guard case .committed = outcome else { Issue.record("settled as \(outcome)"); return }
        #expect(fault.hasStruck)
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 1)
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 0)
    }

    @Test func settlementTellsAFencedClaimFromACommittedOne() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue()
        try await queue.ingestNumbered(1)
        let stale = try #require(try await queue.claim(limit: 1).first)
        try await fixture.expireLeases()
        let fresh = try #require(try await queue.claim(limit: 1).first)
        #expect(try await queue.settle(stale) == .fenced, "claimed again: the stale claim can never commit")
        let committed = try await queue.commit(fresh, line: CommittedLine(.result, "x"))
        #expect(try await queue.settle(fresh) == committed)
        #expect(try await queue.settle(stale) == .fenced)
    }

    @Test func concurrentClaimersNeverShareAJob() async throws {
        let fixture = try await QueueFixture.make()
        let loader = try await fixture.queue()
        try await loader.ingestNumbered(400)
        // An hour's lease: a claim that lapsed while a loaded machine delayed the others would be taken twice.
        let claimers = try await (0..<4).asyncMap { _ in try await fixture.queue(host: "h", leaseSeconds: 3600) }
        let claimed = try await withThrowingTaskGroup(of: [Int].self) { group in
            for claimer in claimers {
                group.addTask {
                    var mine: [Int] = []
                    while true {
                        let batch = try await claimer.claim(limit: 7)
                        if batch.isEmpty { return mine }
                        mine += batch.map(\.id)
                    }
                }
            }
            return try await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        let all = claimed.flatMap { $0 }
        #expect(all.count == 400)
        #expect(Set(all).count == 400)
        #expect(claimed.filter { !$0.isEmpty }.count >= 2, "the claimers ran side by side")
    }

    @Test func aJobThatKeepsKillingItsClaimerIsRecognisedAsPoison() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue()
        try await queue.ingestNumbered(1)
        var attempts: [Int] = []
        for _ in 0..<4 {
            let job = try #require(try await queue.claim(limit: 1).first)
            attempts.append(job.earlierAttempts)
            try await fixture.expireLeases() // the claimer "died": its lease runs out, nothing was committed
        }
        #expect(attempts == [0, 1, 2, 3])
        let poisoned = try #require(try await queue.claim(limit: 1).first)
        #expect(poisoned.earlierAttempts >= 3)
        let failure = #"{"file":"file-0.txt","reason":"crashed"}"#
        #expect(try await queue.commit(poisoned, line: CommittedLine(.failure, failure)) != .fenced)
        #expect(try await fixture.count("SELECT count(*) FROM aw_results WHERE outcome = 'failure'") == 1)
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var values: [T] = []
        for element in self { values.append(try await transform(element)) }
        return values
    }
}
