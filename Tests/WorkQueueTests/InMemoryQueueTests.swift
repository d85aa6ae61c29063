import Testing
import WorkQueue

/// The in-memory queue keeps the seam's contract: one claimer per input, line before move, fencing,
/// lost replies settled by looking up, pauses woken by events.
@Suite struct InMemoryQueueTests {
    let clock = TestClock()

    @Test func claimsABatchInArrivalOrderOnce() async {
        let queue = InMemoryQueue(clock: clock)
        for name in ["a", "b", "c"] { await queue.add(name, Array(name.utf8)) }
        let first = await queue.claim(upTo: 2)
        let second = await queue.claim(upTo: 2)
        #expect(first.map(\.name.description) == ["a", "b"])
        #expect(second.map(\.name.description) == ["c"])
        #expect(Set((first + second).map(\.delivery)).count == 3)
        #expect(await queue.waitingCount == 0)
    }

    @Test func aClaimerWaitsForWorkAndIsWokenByTheArrival() async {
        let queue = InMemoryQueue(clock: clock)
        async let claimed = queue.claim(upTo: 1)
        await Task.yield()
        await queue.add("late", [1])
        #expect(await claimed.map(\.name) == [EntryName("late")])
    }

    @Test func commitMovesTheInputOnAfterItsLine() async throws {
        let queue = InMemoryQueue(clock: clock)
        await queue.add("a", [1, 2])
        let claim = await queue.claim(upTo: 1)[0]
        let outcome = await commit(queue, claim, .result([7], keepInput: true))
        #expect(outcome == .settled)
        #expect(await queue.resultLines == [[7]])
        #expect(await queue.moved.map(\.disposition) == [.done(keep: true)])
        #expect(try await queue.lookUp(claim) == .settled)
    }

    @Test func aCommitUnderALapsedLeaseIsFenced() async throws {
        let queue = InMemoryQueue(clock: clock, leaseDuration: .seconds(30))
        await queue.add("a", [1])
        let stale = await queue.claim(upTo: 1)[0]
        #expect(stale.lease?.expiresAt == clock.now() + 30)
        clock.advance(by: .seconds(31))
        await queue.reclaimExpiredLeases()
        let current = await queue.claim(upTo: 1)[0]
        #expect(current.attempt == stale.attempt + 1)
        #expect(await commit(queue, stale, .failure([1])) == .fenced)
        #expect(try await queue.lookUp(stale) == .claimedByOther(attempt: current.attempt))
        #expect(await commit(queue, current, .result([2], keepInput: false)) == .settled)
        #expect(await queue.failureLines.isEmpty)
        #expect(await queue.resultLines == [[2]])
    }

    @Test func aLostReplyIsSettledByLookingTheClaimUp() async throws {
        let queue = InMemoryQueue(clock: clock)
        await queue.add("a", [1])
        let claim = await queue.claim(upTo: 1)[0]
        await queue.setLoseNextCommitReply(true)
        guard case .unknown = await commit(queue, claim, .result([1], keepInput: false)) else {
            Issue.record("the lost reply was reported as known")
            return
        }
        #expect(try await queue.lookUp(claim) == .settled)
    }

    @Test func aCrashBetweenLineAndMoveIsRecoveredAsLineWritten() async throws {
        let queue = InMemoryQueue(clock: clock)
        await queue.add("written", [1])
        await queue.add("interrupted", [2])
        let claims = await queue.claim(upTo: 2)
        await queue.setStopAfterLine(true)
        await queue.commit(claims[0], line: .failure([9])) { _ in Issue.record("a stopped commit settled") }
        await queue.simulateCrash()
        let recovered = try await queue.recover()
        #expect(recovered.map(\.state) == [.lineWritten(.failed), .claimed])
        try await queue.settle(recovered[0].claim, .failed)
        let again = try await queue.beginAttempt(recovered[1].claim)
        #expect(again.attempt == recovered[1].claim.attempt + 1)
        #expect(await queue.moved.map(\.name.description) == ["written"])
    }

    @Test func pausedQueueHandsOutNothingUntilEveryCauseIsResumed() async {
        let queue = InMemoryQueue(clock: clock)
        await queue.pause(.logUnwritable)
        await queue.pause(.lowDiskSpace)
        await queue.add("a", [1])
        let claimer = Task { await queue.claim(upTo: 1) }
        await queue.resume(.logUnwritable)
        for _ in 0..<100 { await Task.yield() }
        #expect(await queue.waitingCount == 1)
        await queue.resume(.lowDiskSpace)
        #expect(await claimer.value.count == 1)
    }

    @Test func closingWakesWaitingClaimersEmptyHanded() async {
        let queue = InMemoryQueue(clock: clock)
        let claimer = Task { await queue.claim(upTo: 4) }
        await Task.yield()
        await queue.close()
        #expect(await claimer.value.isEmpty)
    }

    private func commit(_ queue: InMemoryQueue, _ claim: QueueClaim, _ line: QueueLine) async -> CommitOutcome {
        let (stream, continuation) = AsyncStream.makeStream(of: CommitOutcome.self)
        await queue.commit(claim, line: line) { continuation.yield($0); continuation.finish() }
        for await outcome in stream { return outcome }
        return .unknown("no outcome")
    }
}
