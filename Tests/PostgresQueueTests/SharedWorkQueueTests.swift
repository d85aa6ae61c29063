import ArticleAnalysis
import Foundation
@testable import PostgresQueue
import Spool
import Synchronization
import Testing
import WorkQueue

/// The shared queue through the queue seam's protocol, as the daemon's workers use it.
@Suite struct SharedWorkQueueTests {
    private func commit(_ queue: SharedWorkQueue, _ claim: QueueClaim, _ line: QueueLine) async -> CommitOutcome? {
        let outcome = Mutex<CommitOutcome?>(nil)
        await queue.commit(claim, line: line) { settled in outcome.withLock { $0 = settled } }
        return outcome.withLock { $0 }
    }

    @Test func claimReadCommitThroughTheSeam() async throws {
        let fixture = try await QueueFixture.make()
        let database = try await fixture.queue(host: "alpha")
        _ = try await database.ingest(delivery: "tok-1", name: "a.txt", bytes: Array("Hello".utf8), receivedAt: 1_700_000_000.5)
        let queue = SharedWorkQueue(database: database)
        let claims = await queue.claim(upTo: 4)
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.delivery == "tok-1" && claim.name == EntryName("a.txt") && claim.attempt == 1 && claim.recoveryAttempts == 0)
        guard case let .bytes(bytes, status) = await queue.read(claim, maxBytes: 100) else { Issue.record("not read"); return }
        #expect(bytes == Array("Hello".utf8))
        #expect(status == FileStatus(size: 5, changedAt: 1_700_000_000.5))
        guard case .rejected(.tooLarge, _, _) = await queue.read(claim, maxBytes: 4) else { Issue.record("limit not applied"); return }
        let line = Array(#"{"delivery":"tok-1","b":1,"a":2}"#.utf8)
        #expect(await commit(queue, claim, .result(line, keepInput: true)) == .settled)
        #expect(try await database.pendingExports(limit: 5).map(\.line) == [CommittedLine(.result, String(decoding: line, as: UTF8.self))])
        #expect(queue.heldCount == 0)
    }

    @Test func stalledClaimerIsFencedThroughTheSeam() async throws {
        let fixture = try await QueueFixture.make()
        let slow = SharedWorkQueue(database: try await fixture.queue(host: "alpha", leaseSeconds: 0.2))
        let quick = SharedWorkQueue(database: try await fixture.queue(host: "beta", leaseSeconds: 30))
        try await slow.database.ingestNumbered(1)
        let stale = try #require(await slow.claim(upTo: 1).first)
        try await Task.sleep(for: .milliseconds(400))
        let fresh = try #require(await quick.claim(upTo: 1).first)
        #expect(fresh.attempt == 2 && fresh.recoveryAttempts == 1)
        #expect(await commit(slow, stale, .failure(Array("{}".utf8))) == .fenced)
        #expect(await commit(quick, fresh, .result(Array("{}".utf8), keepInput: false)) == .settled)
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 1)
        #expect(try await quick.lookUp(fresh) == .unknown, "released once settled")
    }

    @Test func recoveryTakesOnlyLapsedClaims() async throws {
        let fixture = try await QueueFixture.make()
        let dead = SharedWorkQueue(database: try await fixture.queue(host: "alpha"))
        try await dead.database.ingestNumbered(3)
        _ = await dead.claim(upTo: 2)
        try await fixture.expireLeases()
        // An hour's lease: in a loaded parallel run more than the default 30 s passed between the recovery
        // and the ordinary claim below, which then took the recovered jobs again as lapsed.
        let survivor = SharedWorkQueue(database: try await fixture.queue(host: "beta", leaseSeconds: 3600))
        let recovered = try await survivor.recover()
        #expect(recovered.map(\.claim.name.description) == ["file-0.txt", "file-1.txt"])
        #expect(recovered.allSatisfy { $0.state == .claimed && $0.claim.recoveryAttempts == 1 })
        #expect(try await survivor.lookUp(recovered[0].claim) == .claimed)
        // The never-claimed job is ordinary work, not recovery's.
        let ordinary = await survivor.claim(upTo: 5).map(\.name.description)
        #expect(ordinary == ["file-2.txt"], "claimed \(ordinary)")
    }

    @Test func closeWakesAWaitingClaimer() async throws {
        let fixture = try await QueueFixture.make()
        let queue = SharedWorkQueue(database: try await fixture.queue())
        async let claims = queue.claim(upTo: 1)
        try await Task.sleep(for: .milliseconds(300))
        await queue.close()
        #expect(await claims.isEmpty)
    }

    @Test func unreachableDatabaseIsReportedThenClaimingResumes() async throws {
        let fixture = try await QueueFixture.make()
        let database = try await fixture.queue()
        try await database.ingestNumbered(1)
        let queue = SharedWorkQueue(database: database)
        let name = String(fixture.url.split(separator: "/").last!)
        let admin = try await PostgresConnection.connect(fixture.url.replacingOccurrences(of: "/" + name, with: "/postgres"))
        try await admin.run { session in
            try session.query("ALTER DATABASE \(name) ALLOW_CONNECTIONS false")
            try session.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [.text(name)])
        }
        async let claims = queue.claim(upTo: 1)
        var sawProblem = false
        let deadline = ContinuousClock.now + .seconds(120)
        while !sawProblem, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            sawProblem = queue.databaseProblem != nil
        }
        #expect(sawProblem)
        try await admin.run { try $0.query("ALTER DATABASE \(name) ALLOW_CONNECTIONS true") }
        #expect(await claims.map(\.name.description) == ["file-0.txt"])
        #expect(queue.databaseProblem == nil)
    }

    /// A results line with a real fingerprint of `text`, as the daemon writes it (local registry: no link).
    private func line(id: String, delivery: String, text: String) throws -> [UInt8] {
        let fingerprint = try #require(Fingerprint(text: text))
        return Array(#"{"schema":"t","id":"\#(id)","fingerprint":\#(fingerprint.json.serialized()),"duplicateOf":null,"delivery":"\#(delivery)"}"#.utf8)
    }

    /// Hosts alpha and beta on one database, linking near-duplicates at 0.8.
    private func twoLinkingHosts(_ fixture: QueueFixture) async throws -> (SharedWorkQueue, SharedWorkQueue) {
        (SharedWorkQueue(database: try await fixture.queue(host: "alpha"), nearDuplicateThreshold: 0.8),
         SharedWorkQueue(database: try await fixture.queue(host: "beta"), nearDuplicateThreshold: 0.8))
    }

    /// 300 words drawn from 400: two such texts share few 3-shingles.
    private func randomWords() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<300).map { _ in "word\(Int.random(in: 0..<400, using: &generator))" }
    }

    @Test func nearCopiesCommittedOnTwoHostsAreLinked() async throws {
        let fixture = try await QueueFixture.make()
        let (alpha, beta) = try await twoLinkingHosts(fixture)
        var words = randomWords()
        let original = words.joined(separator: " ")
        words[100] = "changed"; words[200] = "edited"
        let nearCopy = words.joined(separator: " ")
        let unrelated = randomWords().joined(separator: " ")
        for (index, name) in ["first.txt", "near.txt", "same.txt", "other.txt"].enumerated() {
            _ = try await alpha.database.ingest(delivery: "d\(index)", name: name, bytes: [UInt8(index)], receivedAt: Double(index))
        }
        let firstClaim = try #require(await alpha.claim(upTo: 1).first)
        #expect(await commit(alpha, firstClaim, .result(try line(id: "aaaa1111", delivery: "d0", text: original), keepInput: true)) == .settled)
        let nearClaim = try #require(await beta.claim(upTo: 1).first)
        #expect(await commit(beta, nearClaim, .result(try line(id: "bbbb2222", delivery: "d1", text: nearCopy), keepInput: true)) == .settled)
        let sameClaim = try #require(await beta.claim(upTo: 1).first)
        #expect(await commit(beta, sameClaim, .result(try line(id: "aaaa1111", delivery: "d2", text: original), keepInput: true)) == .settled)
        let otherClaim = try #require(await alpha.claim(upTo: 1).first)
        #expect(await commit(alpha, otherClaim, .result(try line(id: "cccc3333", delivery: "d3", text: unrelated), keepInput: true)) == .settled)
        let lines = try await alpha.database.committedLines(after: 0, limit: 10).map(\.line.text)
        #expect(lines.count == 4)
        #expect(lines[0].contains(#""duplicateOf":null"#))
        #expect(lines[1].contains(#""duplicateOf":{"id":"aaaa1111","file":"first.txt","similarity":"#) && lines[1].contains(#""kind":"near"}"#))
        #expect(lines[2].contains(#""duplicateOf":{"id":"aaaa1111","file":"first.txt","similarity":1"#) && lines[2].contains(#""kind":"exact"}"#))
        #expect(lines[3].contains(#""duplicateOf":null"#), "unrelated text is not linked")
        #expect(try await fixture.count("SELECT count(*) FROM aw_fingerprints") == 4)
    }

    /// A line its own host's registry linked is registered all the same: a near-copy of it on another host
    /// (too far from what it was linked to) must find it.
    @Test func aLocallyLinkedLineIsStillRegisteredForOtherHosts() async throws {
        let fixture = try await QueueFixture.make()
        let (alpha, beta) = try await twoLinkingHosts(fixture)
        var words = randomWords()
        let text = words.joined(separator: " ")
        words[150] = "edited"
        let nearCopy = words.joined(separator: " ")
        for (index, name) in ["linked.txt", "near.txt"].enumerated() {
            _ = try await alpha.database.ingest(delivery: "d\(index)", name: name, bytes: [UInt8(index)], receivedAt: Double(index))
        }
        let linked = Array(String(decoding: try line(id: "aaaa1111", delivery: "d0", text: text), as: UTF8.self).replacingOccurrences(
            of: #""duplicateOf":null"#, with: #""duplicateOf":{"id":"0000","file":"older.txt","similarity":0.81,"kind":"near"}"#).utf8)
        let first = try #require(await alpha.claim(upTo: 1).first)
        #expect(await commit(alpha, first, .result(linked, keepInput: true)) == .settled)
        #expect(try await fixture.count("SELECT count(*) FROM aw_fingerprints") == 1)
        let second = try #require(await beta.claim(upTo: 1).first)
        #expect(await commit(beta, second, .result(try line(id: "bbbb2222", delivery: "d1", text: nearCopy), keepInput: true)) == .settled)
        let lines = try await alpha.database.committedLines(after: 0, limit: 10).map(\.line.text)
        #expect(lines[0] == String(decoding: linked, as: UTF8.self), "a linked line is committed as it came")
        #expect(lines[1].contains(#""duplicateOf":{"id":"aaaa1111","file":"linked.txt""#))
    }
}
