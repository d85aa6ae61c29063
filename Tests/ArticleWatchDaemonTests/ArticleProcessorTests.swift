@testable import ArticleWatchDaemon
import Testing
import WorkQueue

/// One delivery from claim to commit on the in-memory queue: the line, its stamps, where the input went.
@Suite struct ArticleProcessorTests {
    @Test func anArticleIsCommittedWithItsDeliveryAndTheClocksTime() async throws {
        let core = try CoreFixture()
        await core.queue.add("harbour.txt", CoreFixture.article)
        let claim = try #require(await core.queue.claim(upTo: 1).first)
        await core.processor.process(claim)
        let lines = await core.results()
        #expect(lines.count == 1)
        #expect(lines.first?["delivery"] as? String == claim.delivery)
        #expect(lines.first?["analyzedAt"] as? String == "2027-01-15T08:00:00.000Z")
        #expect(await core.queue.moved.map(\.disposition) == [.done(keep: true)])
        #expect(core.statistics.snapshot.analysed == 1)
        #expect(core.statistics.snapshot.inFlight == 0)
    }

    @Test func anOversizedInputIsAFailureLineAndGoesToFailed() async throws {
        let core = try CoreFixture { $0.maxFileBytes = 10 }
        await core.queue.add("big.txt", CoreFixture.article)
        let claim = try #require(await core.queue.claim(upTo: 1).first)
        await core.processor.process(claim)
        let failures = await core.failures()
        #expect(failures.first?["reason"] as? String == "too-large")
        #expect(failures.first?["delivery"] as? String == claim.delivery)
        #expect(await core.queue.resultLines.isEmpty)
        #expect(await core.queue.moved.map(\.disposition) == [.failed])
        #expect(core.statistics.snapshot.failed == 1)
    }

    @Test func aLostCommitReplyIsSettledByLookingUpAndCountedOnce() async throws {
        let core = try CoreFixture()
        await core.queue.add("a.txt", CoreFixture.article)
        let claim = try #require(await core.queue.claim(upTo: 1).first)
        await core.queue.setLoseNextCommitReply(true)
        await core.processor.process(claim)
        let statistics = core.statistics
        await core.settle { statistics.snapshot.analysed == 1 }
        #expect(statistics.snapshot.analysed == 1)
        #expect(await core.queue.resultLines.count == 1, "the line was not written a second time")
    }

    @Test func aCommitUnderALapsedLeaseWritesNothing() async throws {
        let core = try CoreFixture(leaseDuration: .seconds(30))
        await core.queue.add("a.txt", CoreFixture.article)
        let stale = try #require(await core.queue.claim(upTo: 1).first)
        core.clock.advance(by: .seconds(31))
        await core.queue.reclaimExpiredLeases()
        let current = try #require(await core.queue.claim(upTo: 1).first)
        await core.processor.process(stale)
        #expect(await core.queue.resultLines.isEmpty)
        #expect(core.statistics.snapshot.analysed == 0)
        await core.processor.process(current)
        #expect(await core.queue.resultLines.count == 1)
        #expect(core.statistics.snapshot.analysed == 1)
    }
}
