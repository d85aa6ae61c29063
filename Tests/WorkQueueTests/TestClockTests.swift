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
