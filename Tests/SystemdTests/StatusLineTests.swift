import Testing
@testable import Systemd

@Suite struct StatusLineTests {
    @Test func watchingShowsEveryCounterWithThousandsSeparatorsAndTheRate() {
        let counters = PipelineCounters(analysed: 1_204, failed: 3, inFlight: 2, queued: 18, ratePerSecond: 18.46)
        #expect(
            StatusLine.watching(inbox: "/srv/articlewatch/inbox", counters: counters).description
                == "watching /srv/articlewatch/inbox: 1,204 analysed, 3 failed, 2 in flight, 18 queued, 18.5/s"
        )
    }

    @Test func theRateIsLeftOutUntilItIsKnown() {
        let line = StatusLine.watching(inbox: "/in", counters: PipelineCounters(analysed: 0))
        #expect(line.description == "watching /in: 0 analysed, 0 failed, 0 in flight, 0 queued")
    }

    @Test func pausedStatesSayWhy() {
        #expect(
            StatusLine.paused(.lowDiskSpace(path: "/var/log/articlewatch", availableBytes: 1000, minimumBytes: 4096)).description
                == "paused: 1000 bytes free on /var/log/articlewatch, below minFreeBytes (4096)")
        #expect(
            StatusLine.paused(.lowDiskSpace(path: "/var/log/articlewatch", availableBytes: 0, minimumBytes: 4096)).description
                == "paused: disk full on /var/log/articlewatch (no bytes free, below minFreeBytes 4096)")
        #expect(StatusLine.paused(.diskFull(path: "/var/log/articlewatch")).description == "paused: disk full on /var/log/articlewatch")
        #expect(
            StatusLine.paused(.writeFailed(path: "/var/log/articlewatch/results.jsonl", reason: "Read-only file system")).description
                == "paused: cannot write /var/log/articlewatch/results.jsonl: Read-only file system"
        )
    }

    @Test func lifecycleStates() {
        #expect(StatusLine.starting.description == "starting")
        #expect(StatusLine.recovering(remaining: 1).description == "recovering: 1 file left in processing")
        #expect(StatusLine.recovering(remaining: 12_345).description == "recovering: 12,345 files left in processing")
        #expect(StatusLine.reloading.description == "reloading configuration")
        #expect(StatusLine.stopping(inFlight: 0).description == "stopping")
        #expect(StatusLine.stopping(inFlight: 2).description == "stopping: draining 2 in flight")
    }

    @Test(arguments: [
        (0, "0"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (1_234_567, "1,234,567"), (-4_200, "-4,200"),
    ])
    func groupsThousands(value: Int, expected: String) {
        #expect(StatusLine.grouped(value) == expected)
    }

    @Test(arguments: [(0.0, "0.0"), (0.04, "0.0"), (18.46, "18.5"), (99.94, "99.9"), (99.96, "100"), (1_250.4, "1,250")])
    func formatsRates(rate: Double, expected: String) {
        #expect(StatusLine.rateText(rate) == expected)
    }
}
