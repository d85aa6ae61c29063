import Synchronization
import Testing
import WorkQueue

@Suite struct TestClockTests {
    @Test func sleepersWakeOnlyWhenTheirTimeIsReached() async throws {
        let clock = TestClock()
        let sleeper = Task { try await clock.sleep(for: .seconds(10)); return clock.uptime() }
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(9))
        #expect(clock.sleepers == 1)
        clock.advance(by: .seconds(1))
        #expect(try await sleeper.value == .seconds(10))
    }

    @Test func aCancelledSleepThrowsAndLeavesNoSleeper() async {
        let clock = TestClock()
        let sleeper = Task { try await clock.sleep(for: .seconds(1)) }
        await clock.waitForSleepers(1)
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleepers == 0)
    }

    @Test func aWallClockStepDoesNotMoveTimers() {
        let clock = TestClock(wall: 1000)
        clock.stepWall(by: -500)
        #expect(clock.now() == 500)
        #expect(clock.uptime() == .zero)
    }

    @Test func theSystemClockReadsTheWallTime() {
        let now = SystemClock().now()
        #expect(now > 1_700_000_000)
    }
}

/// `schedule`: a timer that fires when the test clock reaches it (no task, no pool), and never once cancelled.
@Suite struct ClockTimerTests {
    @Test func aScheduledTimerFiresWhenTheClockReachesItAndACancelledOneNever() {
        let clock = TestClock()
        let fired = Mutex<[String]>([])
        let kept = clock.schedule(after: .seconds(5)) { fired.withLock { $0.append("kept") } }
        let cancelled = clock.schedule(after: .seconds(1)) { fired.withLock { $0.append("cancelled") } }
        #expect(clock.sleepers == 2)
        cancelled.cancel()
        clock.advance(by: .seconds(4))
        #expect(fired.withLock { $0 }.isEmpty)
        #expect(kept.isPending)
        clock.advance(by: .seconds(1))
        #expect(fired.withLock { $0 } == ["kept"])
        #expect(!kept.isPending && !cancelled.isPending)
    }
}
