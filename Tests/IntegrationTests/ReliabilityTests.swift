import Foundation
import Glibc
import Testing

/// The guarantees the hard way: real SIGKILLs, two daemons racing, a burst past inotify's queue.
@Suite(.serialized) struct ReliabilityTests {
    /// Steady delivery while the daemon is SIGKILLed at random moments and restarted; then every
    /// delivered file has exactly one line and nothing is left in inbox/ or processing/.
    @Test func crashLoopLosesAndDuplicatesNothing() throws {
        let kills = Int(ProcessInfo.processInfo.environment["ARTICLEWATCH_CRASH_KILLS"] ?? "") ?? 20
        let files = Int(ProcessInfo.processInfo.environment["ARTICLEWATCH_CRASH_FILES"] ?? "") ?? 400
        let daemon = try DaemonHarness(label: "crash", config: ["rotateBytes": 64 * 1024, "rotateKeep": 1000])
        var ledger = DeliveryLedger()
        var generator = SystemRandomNumberGenerator()
        try daemon.start()
        var delivered = 0
        for kill in 0..<kills {
            let batch = (files - delivered) / (kills - kill)
            for _ in 0..<batch {
                let name = "article-\(delivered % 50).txt"  // names repeat: each delivery still counts
                try daemon.deliver("\(delivered)-\(name)", ledger.article(delivered, name: name))
                delivered += 1
                if Int.random(in: 0..<8, using: &generator) == 0 { usleep(UInt32.random(in: 0..<3000, using: &generator)) }
            }
            usleep(UInt32.random(in: 0..<60_000, using: &generator))
            daemon.stop(SIGKILL)
            try daemon.start()
        }
        #expect(daemon.waitForLines(files, timeout: max(300, Double(files) / 2)))
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let audit = ledger.audit(daemon.lines())
        #expect(delivered == files)
        #expect(audit.missing.isEmpty, "lost \(audit.missing.count) of \(files)")
        #expect(audit.duplicated.isEmpty, "duplicated \(audit.duplicated.count)")
        #expect(audit.unparseable == 0)
        #expect(daemon.entries("inbox").isEmpty)
        #expect(daemon.claimsInProcessing.isEmpty)
        print("crash loop: \(files) files, \(kills) kills, \(audit.missing.count) lost, \(audit.duplicated.count) duplicated, \(daemon.lines().count) lines")
    }

    /// Two daemons on one spool (each with its own logs): no delivery is processed twice.
    @Test func twoDaemonsOnOneSpoolNeverShareAFile() throws {
        let first = try DaemonHarness(label: "pair")
        try first.start()
        let second = try DaemonHarness(label: "pair2", config: ["spool": first.spool, "results": first.root + "/logs2/results.jsonl", "failures": first.root + "/logs2/failures.jsonl"])
        try second.start()
        // Both watch the inbox before the first file lands, so both can take a share.
        #expect(first.waitForReady() && second.waitForReady(), "\(first.stderr.suffix(1000)) \(second.stderr.suffix(1000))")
        var ledger = DeliveryLedger()
        for index in 0..<600 { try first.deliver("f\(index).txt", ledger.article(index, name: "f\(index).txt")) }
        let secondLogs = first.root + "/logs2"
        let deadline = Date().addingTimeInterval(600)
        func allLines() -> [[String: Any]] { first.lines() + Self.parseAll(secondLogs) }
        while allLines().count < 600 && Date() < deadline { usleep(50_000) }
        first.stop()
        second.stop()
        let lines = allLines()
        let audit = ledger.audit(lines)
        #expect(audit.missing.isEmpty)
        #expect(audit.duplicated.isEmpty)
        #expect(first.lines().count > 0 && Self.parseAll(secondLogs).count > 0, "both daemons took a share")
        #expect(first.claimsInProcessing.isEmpty)
    }

    /// Far more files at once than inotify's queue holds (16,384 events): the rescan finds the rest.
    @Test func aBurstPastTheInotifyQueueIsFullyProcessed() throws {
        let count = Int(ProcessInfo.processInfo.environment["ARTICLEWATCH_BURST_FILES"] ?? "") ?? 20_000
        let daemon = try DaemonHarness(label: "burst", config: ["fsync": "never", "rescanSeconds": 1, "includeText": false])
        try daemon.start()
        #expect(daemon.waitForReady(), "the inotify watch is armed before the daemon is stopped")
        // Stopped, the daemon reads no events: the kernel's queue fills and overflows for certain.
        kill(daemon.process!.processIdentifier, SIGSTOP)
        let body = Array("A short article about trade between Iran and Russia.".utf8)
        for index in 0..<count { try daemon.deliver("b\(index).txt", body + Array(" \(index)".utf8)) }
        kill(daemon.process!.processIdentifier, SIGCONT)
        #expect(daemon.waitForLines(count, timeout: max(300, Double(count) / 40)))
        daemon.stop()
        #expect(daemon.stderr.contains("inotify queue overflowed"))
        let files = Set(daemon.results().compactMap { $0["file"] as? String })
        #expect(files.count == count)
        #expect(daemon.entries("inbox").isEmpty)
    }

    static func parseAll(_ directory: String) -> [[String: Any]] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.contains(".jsonl") && !$0.hasSuffix(".torn") }.flatMap { file -> [[String: Any]] in
            let text = (try? String(contentsOfFile: directory + "/" + file, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }
}
