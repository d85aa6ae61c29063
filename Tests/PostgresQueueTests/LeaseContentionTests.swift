import Dispatch
import Foundation
@testable import PostgresQueue
import Synchronization
import Testing
import WorkQueue

/// What one host's slow or frozen commit must not do to the others: make a live host's leases lapse
/// (renewal waiting on a locked job row) or hold other hosts' commits behind its band locks for longer
/// than two leases. Under load either turned live claims into "deaths" and, three of them, a good file into
/// a `crashed` failure.
@Suite struct LeaseContentionTests {
    @Test func renewalSkipsAJobWhoseRowIsLockedInsteadOfWaiting() async throws {
        let fixture = try await QueueFixture.make()
        let holder = SharedWorkQueue(database: try await fixture.queue(host: "alpha", leaseSeconds: 300))
        try await holder.database.ingestNumbered(2)
        let claims = await holder.claim(upTo: 2)
        #expect(claims.count == 2)
        // Another session holds the first job's row, as this host's own commit does while it waits for
        // band locks; it lets go after 30 s at the latest, so a renewal that waited would renew both.
        let locker = try await PostgresConnection.connect(fixture.url)
        try await locker.run { session in
            try session.query("BEGIN")
            try session.query("SELECT id FROM aw_jobs ORDER BY id LIMIT 1 FOR UPDATE")
        }
        let release = Task {
            try? await Task.sleep(for: .seconds(30))
            _ = try? await locker.run { try $0.query("ROLLBACK") }
        }
        let renewed = try await holder.renewLeases { _ in .seconds(3600) }
        release.cancel()
        _ = try await locker.run { try $0.query("ROLLBACK") }
        #expect(renewed == 1, "the unlocked job renewed, the locked one skipped rather than waited for")
    }

    @Test func aClaimerFrozenInsideItsCommitHoldsOthersBackForTwoLeasesAtMost() async throws {
        let fixture = try await QueueFixture.make()
        let thaw = DispatchSemaphore(value: 0)
        let frozeOnce = Mutex(false)
        let thawedBeforeOthersCommitted = Mutex(false)
        // Host alpha freezes once between taking its band locks and COMMIT (a stopped process), for up to
        // 60 s; the test thaws it as soon as beta's commit on the same bands is through. Its 1 s lease has
        // the server end its idle transaction after two leases' patience (at least 2 s).
        let frozen = try await fixture.queue(host: "alpha", leaseSeconds: 1, faults: CommitFaults(beforeCommit: { _ in
            guard frozeOnce.withLock({ let first = !$0; $0 = true; return first }) else { return }
            if thaw.wait(timeout: .now() + 60) == .timedOut { thawedBeforeOthersCommitted.withLock { $0 = true } }
        }))
        let other = try await fixture.queue(host: "beta", leaseSeconds: 3600)
        try await frozen.ingestNumbered(1)
        try await other.ingestNumbered(1, from: 1)
        // Alpha claims under an hour's lease (the same host, another queue object): with its 1 s lease a
        // loaded machine let the claim lapse before beta's claim, which then took alpha's job, fenced its
        // commit before the freeze and left this test waiting for a freeze that never came.
        let frozenJob = try #require(try await fixture.queue(host: "alpha", leaseSeconds: 3600).claim(limit: 1).first)
        let otherJob = try #require(try await other.claim(limit: 1).first)
        #expect(frozenJob.delivery == "d-0" && otherJob.delivery == "d-1")
        let bands: [Int64] = [41, 42, 43]
        func probe(_ id: String) -> NearDuplicateProbe { NearDuplicateProbe(articleID: id, signature: [1, 2, 3], shingles: 9, bandKeys: bands) }

        let frozenCommit = Task { try await frozen.commit(frozenJob, probe: probe("a")) { _ in CommittedLine(.result, "alpha's line") } }
        // Wait until alpha holds its locks (its freeze has begun), then commit beta on the same bands.
        let deadline = ContinuousClock.now + .seconds(120)
        while !frozeOnce.withLock({ $0 }), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        guard frozeOnce.withLock({ $0 }) else {
            thaw.signal()
            Issue.record("alpha's commit never reached its freeze: \(try await frozenCommit.value)")
            return
        }
        let outcome = try await other.commit(otherJob, probe: probe("b")) { _ in CommittedLine(.result, "beta's line") }
        thaw.signal()
        guard case .committed = outcome else { Issue.record("beta settled as \(outcome)"); return }
        #expect(!thawedBeforeOthersCommitted.withLock { $0 }, "beta's commit waited for alpha to thaw instead of two leases")
        // Alpha's transaction was ended by the server; its commit is settled and, its claim still holding, retried.
        let frozenOutcome = try await frozenCommit.value
        guard case .committed = frozenOutcome else { Issue.record("alpha settled as \(frozenOutcome)"); return }
        #expect(try await fixture.count("SELECT count(*) FROM aw_results") == 2)
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs") == 0)
    }
}
