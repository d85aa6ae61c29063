import ArticleAnalysis
import Foundation
@testable import PostgresQueue
import Synchronization
import Testing
import WorkQueue

/// Several claimed jobs' lines in one commit transaction (the daemon's workers commit a claim batch
/// together): each job keeps its own fencing token, a lost reply is settled job by job, near-copies in one
/// batch still link, and through the seam no line of a batch is settled before the batch commits.
@Suite struct BatchCommitTests {
    private func plain(_ job: QueuedJob, _ text: String) -> JobCommit {
        JobCommit(job: job, probe: nil) { _ in CommittedLine(.result, text) }
    }

    @Test func aStaleJobInABatchIsFencedAndTheOthersCommit() async throws {
        let fixture = try await QueueFixture.make()
        let alpha = try await fixture.queue(host: "alpha")
        let beta = try await fixture.queue(host: "beta")
        try await alpha.ingestNumbered(3)
        let stale = try #require(try await alpha.claim(limit: 1).first)
        try await fixture.expireLeases()
        let fresh = try #require(try await beta.claim(limit: 1).first)
        #expect(fresh.id == stale.id && fresh.attempt == stale.attempt + 1)
        let others = try await alpha.claim(limit: 2)
        #expect(others.count == 2)
        let outcomes = try await alpha.commit([plain(stale, "stale")] + others.map { plain($0, "alpha \($0.delivery)") })
        #expect(outcomes[0] == .fenced)
        #expect(outcomes.dropFirst().allSatisfy { $0 != .fenced })
        #expect(try await beta.commit(fresh, line: CommittedLine(.result, "fresh")) != .fenced)
        let lines = try await alpha.committedLines(after: 0, limit: 10).map(\.line.text).sorted()
        #expect(lines == ["alpha d-1", "alpha d-2", "fresh"])
        #expect(try await alpha.pendingExports(limit: 10).map(\.line.text) == ["alpha d-1", "alpha d-2"])
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 0)
    }

    @Test func aBatchWhoseEveryJobIsStaleWritesNothing() async throws {
        let fixture = try await QueueFixture.make()
        let alpha = try await fixture.queue(host: "alpha")
        try await alpha.ingestNumbered(2)
        let stale = try await alpha.claim(limit: 2)
        try await fixture.expireLeases()
        #expect(try await alpha.claim(limit: 2).count == 2)
        #expect(try await alpha.commit(stale.map { plain($0, "stale") }) == [.fenced, .fenced])
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 0)
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 2)
    }

    @Test func aBatchWhoseCommitReplyIsLostIsSettledOnce() async throws {
        let fixture = try await QueueFixture.make()
        let fault = OneShotFault()
        let queue = try await fixture.queue(faults: fault.losingTheReply)
        try await queue.ingestNumbered(3)
        let jobs = try await queue.claim(limit: 3)
        let outcomes = try await queue.commit(jobs.map { plain($0, "line \($0.delivery)") })
        #expect(fault.hasStruck)
        #expect(outcomes.allSatisfy { if case .committed = $0 { true } else { false } }, "settled as \(outcomes)")
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 3)
        #expect(try await fixture.count("SELECT count(*) FROM aw_exports") == 3)
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 0)
    }

    @Test func aBatchLostBeforeItsCommitReachedTheServerIsRetriedWhole() async throws {
        let fixture = try await QueueFixture.make()
        let fault = OneShotFault()
        let queue = try await fixture.queue(faults: fault.endingTheBackend)
        try await queue.ingestNumbered(2)
        let jobs = try await queue.claim(limit: 2)
        let outcomes = try await queue.commit(jobs.map { plain($0, "line \($0.delivery)") })
        #expect(fault.hasStruck)
        #expect(outcomes.allSatisfy { $0 != .fenced }, "settled as \(outcomes)")
        #expect(try await queue.committedLines(after: 0, limit: 10).map(\.line.text) == ["line d-0", "line d-1"])
    }

    /// Near-copies in one batch: the later one's candidates include the earlier one, whose rows are not
    /// written yet when the candidates are read; an unrelated text sharing no band key does not.
    @Test func aNearCopyEarlierInTheSameBatchIsACandidate() async throws {
        let fixture = try await QueueFixture.make()
        let queue = try await fixture.queue()
        try await queue.ingestNumbered(3)
        let jobs = try await queue.claim(limit: 3)
        var words = (0..<300).map { "word\(($0 * 7919) % 400)" }
        let original = try #require(Fingerprint(text: words.joined(separator: " ")))
        words[100] = "changed"
        let near = try #require(Fingerprint(text: words.joined(separator: " ")))
        let unrelated = try #require(Fingerprint(text: (0..<300).map { "other\(($0 * 104_729) % 997)" }.joined(separator: " ")))
        func probe(_ id: String, _ fingerprint: Fingerprint) -> NearDuplicateProbe {
            NearDuplicateProbe(articleID: id, signature: fingerprint.signature, shingles: fingerprint.shingleCount,
                               bandKeys: CrossHostDuplicates.bandKeys(fingerprint.signature))
        }
        let seen = Mutex<[Int: [String]]>([:])
        let commits = zip(jobs, [("aaaa", original), ("bbbb", near), ("cccc", unrelated)]).enumerated().map { index, pair in
            JobCommit(job: pair.0, probe: probe(pair.1.0, pair.1.1)) { candidates in
                seen.withLock { $0[index] = candidates.map(\.articleID) }
                return CommittedLine(.result, "line \(index)")
            }
        }
        #expect(try await queue.commit(commits).allSatisfy { $0 != .fenced })
        #expect(seen.withLock { $0 } == [0: [], 1: ["aaaa"], 2: []])
        #expect(try await fixture.count("SELECT count(*) FROM aw_fingerprints") == 3)
    }

    @Test func throughTheSeamABatchSettlesOnlyOnceItsLastLineIsGiven() async throws {
        let fixture = try await QueueFixture.make()
        let database = try await fixture.queue()
        try await database.ingestNumbered(3)
        let queue = SharedWorkQueue(database: database, commitsBatchesTogether: true)
        let claims = await queue.claim(upTo: 8)
        #expect(claims.count == 3)
        let settled = Mutex<[String: CommitOutcome]>([:])
        for claim in claims.dropLast() {
            await queue.commit(claim, line: .result(Array("line \(claim.delivery)".utf8), keepInput: true)) { outcome in
                settled.withLock { $0[claim.delivery] = outcome }
            }
        }
        #expect(settled.withLock { $0 }.isEmpty, "given, not committed")
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 0)
        let last = try #require(claims.last)
        await queue.commit(last, line: .failure(Array("line \(last.delivery)".utf8))) { outcome in
            settled.withLock { $0[last.delivery] = outcome }
        }
        #expect(settled.withLock { $0 } == ["d-0": .settled, "d-1": .settled, "d-2": .settled])
        #expect(try await database.committedLines(after: 0, limit: 10).map(\.line) == [
            CommittedLine(.result, "line d-0"), CommittedLine(.result, "line d-1"), CommittedLine(.failure, "line d-2"),
        ])
        #expect(queue.heldCount == 0)
    }

    @Test func throughTheSeamAClaimTakenOverFromADeadClaimerCommitsAlone() async throws {
        let fixture = try await QueueFixture.make()
        let dead = try await fixture.queue(host: "alpha")
        try await dead.ingestNumbered(3)
        _ = try await dead.claim(limit: 1)
        try await fixture.expireLeases()
        let queue = SharedWorkQueue(database: try await fixture.queue(host: "beta"), commitsBatchesTogether: true)
        let claims = await queue.claim(upTo: 8)
        #expect(claims.map(\.recoveryAttempts) == [1, 0, 0])
        let settled = Mutex<CommitOutcome?>(nil)
        await queue.commit(claims[0], line: .failure(Array("suspect".utf8))) { outcome in settled.withLock { $0 = outcome } }
        #expect(settled.withLock { $0 } == .settled, "not held back by the batch")
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 1)
    }
}
