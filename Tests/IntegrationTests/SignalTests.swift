import Foundation
import Glibc
import Testing

/// SIGHUP (reload and reopen) and SIGINT (graceful, then at once) against the real binary.
@Suite(.serialized) struct SignalTests {
    @Test func sighupReopensAnExternallyRotatedLogAndAppliesANewConfiguration() throws {
        let daemon = try DaemonHarness(label: "hup")
        try daemon.start()
        try daemon.deliver("one.txt", "The first article.")
        #expect(daemon.waitForLines(1))
        #expect(rename(daemon.resultsPath, daemon.resultsPath + ".old") == 0)
        try daemon.writeConfig([
            "spool": "spool", "results": "logs/results.jsonl", "failures": "logs/failures.jsonl", "settleMilliseconds": 200,
            "rescanSeconds": 2, "fsyncMilliseconds": 5, "workers": 2, "keepProcessed": false,
        ])
        kill(daemon.process!.processIdentifier, SIGHUP)
        // Delivered once the reload is through (the log reopened first), however late the daemon gets to it.
        #expect(daemon.waitForLog("message.id=configuration-reloaded"), "\(daemon.stderr.suffix(2000))")
        try daemon.deliver("two.txt", "The second article.")
        let deadline = Date().addingTimeInterval(120)
        while daemon.results().isEmpty && Date() < deadline { usleep(50_000) }
        daemon.stop()
        #expect(daemon.results().map { $0["file"] as? String } == ["two.txt"], "the new line went to a new file at the old path")
        #expect(daemon.entries("done") == ["one.txt"], "keepProcessed: false applied after the reload")
        #expect(daemon.stderr.contains("configuration reloaded"))
    }

    @Test func aSecondInterruptExitsAtOnce() throws {
        let daemon = try DaemonHarness(label: "int", config: ["workers": 1])
        try daemon.start()
        #expect(daemon.waitForReady())
        // A big article keeps the only worker busy, so the first interrupt has something to wait for.
        try daemon.deliver("big.txt", String(repeating: "Iran and Russia met again in Tehran today. ", count: 200_000))
        let deadline = Date().addingTimeInterval(120)
        while daemon.claimsInProcessing.isEmpty && Date() < deadline { usleep(5_000) }
        #expect(!daemon.claimsInProcessing.isEmpty, "the big article is being analysed")
        let pid = daemon.process!.processIdentifier
        kill(pid, SIGINT)
        // Two signals pending at once are one: the second goes only after the daemon took the first.
        #expect(daemon.waitForLog("interrupted: finishing in-flight articles"), "\(daemon.stderr.suffix(2000))")
        kill(pid, SIGINT)
        daemon.process!.waitUntilExit()
        #expect(daemon.process!.terminationStatus == 130)
        #expect(daemon.stderr.contains("interrupted twice"))
    }

    /// SIGTERM while the daemon is still starting (lexicon preload, recovery) stops it cleanly too.
    @Test func sigtermDuringStartUpExitsCleanly() throws {
        let daemon = try DaemonHarness(label: "early")
        try daemon.start()
        // Wait until the daemon is running its own code (the "started" entry), then stop it before READY.
        let deadline = Date().addingTimeInterval(120)
        while !daemon.stderr.contains("message.id=started") && Date() < deadline { usleep(2_000) }
        #expect(daemon.stop(SIGTERM) == 0)
        #expect(daemon.claimsInProcessing.isEmpty)
    }
}
