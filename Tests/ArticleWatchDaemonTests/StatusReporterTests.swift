@testable import ArticleWatchDaemon
import Testing

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
}
