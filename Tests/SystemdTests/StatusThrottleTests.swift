import Testing
import Systemd

/// The throttle is driven with explicit instants: no sleeping, no timing.
@Suite struct StatusThrottleTests {
    let start = Duration.seconds(1_000)

    @Test func theFirstLineGoesOutAtOnce() {
        var throttle = StatusThrottle(minimumInterval: .milliseconds(250))
        #expect(throttle.offer("a", at: start) == "a")
    }

    @Test func anUnchangedLineIsNotResent() {
        var throttle = StatusThrottle(minimumInterval: .milliseconds(250))
        _ = throttle.offer("a", at: start)
        #expect(throttle.offer("a", at: start + .seconds(5)) == nil)
    }

    @Test func aChangeWithinTheIntervalIsHeldBackThenDelivered() {
        var throttle = StatusThrottle(minimumInterval: .milliseconds(250))
        _ = throttle.offer("a", at: start)
        #expect(throttle.offer("b", at: start + .milliseconds(100)) == nil)
        #expect(throttle.offer("c", at: start + .milliseconds(200)) == nil)
        #expect(throttle.due(at: start + .milliseconds(240)) == nil)
        #expect(throttle.due(at: start + .milliseconds(250)) == "c")
        #expect(throttle.due(at: start + .milliseconds(600)) == nil)
    }

    @Test func aChangeBackToTheShownLineCancelsThePendingOne() {
        var throttle = StatusThrottle(minimumInterval: .milliseconds(250))
        _ = throttle.offer("a", at: start)
        _ = throttle.offer("b", at: start + .milliseconds(100))
        _ = throttle.offer("a", at: start + .milliseconds(150))
        #expect(throttle.due(at: start + .seconds(1)) == nil)
    }

    @Test func forcedLinesBypassTheIntervalAndRestartIt() {
        var throttle = StatusThrottle(minimumInterval: .milliseconds(250))
        _ = throttle.offer("a", at: start)
        #expect(throttle.force("paused: disk full on /var/log", at: start + .milliseconds(10)) == "paused: disk full on /var/log")
        #expect(throttle.offer("b", at: start + .milliseconds(200)) == nil)
        #expect(throttle.offer("b", at: start + .milliseconds(260)) == "b")
    }

    @Test func atMostOneLinePerIntervalUnderAStream() {
        var throttle = StatusThrottle(minimumInterval: .milliseconds(250))
        var sent = 0
        for millisecond in 0..<1_000 {
            let now = start + .milliseconds(millisecond)
            if throttle.offer("analysed \(millisecond)", at: now) != nil { sent += 1 }
        }
        #expect(sent == 4)
    }
}
