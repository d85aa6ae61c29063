import Foundation
@testable import PostgresQueue
import Spool
import Testing
import WorkQueue

/// A live claimer renews the leases of the claims it works on, so a long analysis is not taken over;
/// renewal never revives a lapsed lease, and stops at the longest hold the caller allows.
@Suite struct LeaseRenewalTests {
    @Test func renewedLeaseIsNotTakenOverAndLapsedOneIsNotRevived() async throws {
        let fixture = try await QueueFixture.make()
        let holder = SharedWorkQueue(database: try await fixture.queue(host: "alpha", leaseSeconds: 300))
        let other = SharedWorkQueue(database: try await fixture.queue(host: "beta", leaseSeconds: 300))
        try await holder.database.ingestNumbered(2)
        let claims = await holder.claim(upTo: 2)
        #expect(claims.count == 2)
        // The leases shortened to 120 s of their 300 (set in the database rather than slept through, so a loaded machine
        // cannot make the test late: in a full parallel run an await here has taken over a minute):
        // a renewal gives each a whole lease again.
        try await fixture.shortenLeases(toSeconds: 120)
        #expect(try await holder.renewLeases { _ in .seconds(3600) } == 2)
        #expect(try await fixture.count("SELECT count(*) FROM aw_jobs WHERE lease_until > clock_timestamp() + interval '200 seconds'") == 2)
        #expect(try await other.database.claim(limit: 2).isEmpty, "renewed leases hold")
        #expect(try await fixture.count("SELECT max(attempt) FROM aw_jobs") == 1)
        // A lease that lapsed (the holder froze) is not renewed: it may already be someone else's.
        try await fixture.expireLeases()
        #expect(try await holder.renewLeases { _ in .seconds(3600) } == 0)
        let takenOver = try await other.database.claim(limit: 2)
        #expect(takenOver.map(\.attempt) == [2, 2])
        #expect(try await holder.renewLeases { _ in .seconds(3600) } == 0, "the fencing token does not match any more")
    }

    @Test func renewalStopsAtTheLongestHold() async throws {
        let fixture = try await QueueFixture.make()
        // An hour's lease: however late the renewal below runs, the lease still holds and only the
        // longest hold can stop it.
        let holder = SharedWorkQueue(database: try await fixture.queue(host: "alpha", leaseSeconds: 3600))
        try await holder.database.ingestNumbered(1)
        #expect(await holder.claim(upTo: 1).count == 1)
        #expect(try await holder.renewLeases { _ in .seconds(3600) } == 1)
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await holder.renewLeases { _ in .milliseconds(200) } == 0, "held longer than allowed: left to lapse")
    }
}
