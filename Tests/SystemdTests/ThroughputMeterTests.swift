import Testing
import Systemd

@Suite struct ThroughputMeterTests {
    let start = Duration.seconds(1_000)

    @Test func noRateUntilThereIsHistory() {
        var meter = ThroughputMeter(window: .seconds(10))
        #expect(meter.record(total: 0, at: start) == nil)
        #expect(meter.record(total: 5, at: start + .milliseconds(500)) == nil)
        #expect(meter.record(total: 20, at: start + .seconds(2)) == 10)
    }

    @Test func theRateFollowsTheWindowNotTheWholeRun() {
        var meter = ThroughputMeter(window: .seconds(10))
        var rate: Double?
        for second in 0...30 {
            // 100/s for 20 s, then a stall.
            rate = meter.record(total: min(second, 20) * 100, at: start + .seconds(second))
        }
        #expect(rate == 0)
    }
}
