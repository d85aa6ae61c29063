@testable import ArticleWatchDaemon
import Systemd
import Testing
import WorkQueue

/// The status line: its rate comes from the reporter's `ThroughputMeter` over the completion count, so
/// it is shown only once measured and reads 0 when the pipeline has stopped finishing articles.
@Suite struct StatusReporterTests {
    private func running(analysed: Int, failed: Int) -> DaemonStatistics.Snapshot {
        var snapshot = DaemonStatistics.Snapshot()
        snapshot.ready = true
        snapshot.analysed = analysed
        snapshot.failed = failed
        return snapshot
    }

    @Test func theLineCarriesTheMeasuredRate() {
        let snapshot = running(analysed: 40, failed: 2)
        #expect(snapshot.completed == 42)
        #expect(StatusReporter.statusLine(snapshot, inbox: "/spool/inbox", ratePerSecond: 12.5).hasSuffix("12.5/s"))
        #expect(StatusReporter.statusLine(snapshot, inbox: "/spool/inbox", ratePerSecond: nil).hasSuffix("0 queued"))
    }

    @Test func aStalledPipelineReadsZero() {
        let statistics = DaemonStatistics()
        statistics.recordCompletion(failed: false)
        statistics.recordCompletion(failed: true)
        statistics.update { $0.ready = true }
        #expect(statistics.snapshot.completed == 2)
        #expect(StatusReporter.statusLine(statistics.snapshot, inbox: "i", ratePerSecond: 0).hasSuffix(" 0.0/s"))
    }

    /// The watchdog's stall check counts an article's time in flight on the clock's monotonic uptime: a
    /// wall-clock step (NTP) does not make a fresh article look wedged; a real minute does, unless paused.
    @Test func theStallCheckIgnoresWallClockStepsAndPauses() {
        let clock = TestClock()
        let statistics = DaemonStatistics()
        statistics.started("x.1", now: clock.uptime())
        clock.stepWall(by: 3_600)
        #expect(StatusReporter.isAlive(statistics.snapshot, now: clock.uptime(), stallLimit: .seconds(60)))
        clock.advance(by: .seconds(61))
        #expect(!StatusReporter.isAlive(statistics.snapshot, now: clock.uptime(), stallLimit: .seconds(60)))
        statistics.update { $0.pausedBecause = .lowDiskSpace(path: "/var/log", availableBytes: 10, minimumBytes: 100) }
        #expect(StatusReporter.isAlive(statistics.snapshot, now: clock.uptime(), stallLimit: .seconds(60)))
        statistics.update { $0.pausedBecause = nil }
        statistics.written("x.1")
        #expect(StatusReporter.isAlive(statistics.snapshot, now: clock.uptime(), stallLimit: .seconds(60)))
    }

    /// An article analysed in an isolated child is bounded by the child's wall-clock limit (the child is
    /// killed there): it is not wedged until that limit and the stall limit have both passed.
    @Test func anIsolatedAnalysisHasItsWallClockLimitBeforeItCountsAsStalled() {
        let clock = TestClock()
        let statistics = DaemonStatistics()
        statistics.started("s.1", now: clock.uptime())
        statistics.isolating("s.1", wallClockLimit: .seconds(110))
        clock.advance(by: .seconds(169))
        #expect(StatusReporter.isAlive(statistics.snapshot, now: clock.uptime(), stallLimit: .seconds(60)))
        statistics.started("x.2", now: clock.uptime())
        clock.advance(by: .seconds(2))
        #expect(!StatusReporter.isAlive(statistics.snapshot, now: clock.uptime(), stallLimit: .seconds(60)), "past both limits")
        statistics.written("s.1")
        #expect(StatusReporter.isAlive(statistics.snapshot, now: clock.uptime(), stallLimit: .seconds(60)), "the in-process one is fresh")
        #expect(statistics.snapshot.running.keys.sorted() == ["x.2"])
    }
}
