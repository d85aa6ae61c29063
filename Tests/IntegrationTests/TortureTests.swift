import Foundation
import Glibc
import Testing

/// SIGKILL where it hurts most: right after a restart (while recovery runs), when a log is about to
/// rotate, and in the middle of a multi-megabyte append. `make test` runs the short versions;
/// `make torture` raises ARTICLEWATCH_CRASH_KILLS / ARTICLEWATCH_CRASH_FILES / ARTICLEWATCH_POWERLOSS_KILLS.
@Suite(.serialized) struct TortureTests {
    /// Steady delivery; each kill lands at one of four kinds of moment: during start-up (lock, torn-tail
    /// check, lexicons), while a suspect's isolated analysis runs in recovery, as the results log crosses
    /// `rotateBytes`, or at a random moment of normal work. The last three wait for the daemon to get
    /// there first: the debug build takes about a second to start, and kills at random times from the
    /// start would all land in start-up. Every delivery ends with exactly one parseable line, and no good
    /// file is failed by recovery.
    @Test func crashLoopDuringRecoveryAndRotation() throws {
        let kills = TortureAudit.environment("ARTICLEWATCH_CRASH_KILLS", default: 20)
        let files = TortureAudit.environment("ARTICLEWATCH_CRASH_FILES", default: 400)
        // Lines are ~2.3 KB (text and the whole analysis); keep every rotated file (rotateKeep ≤ 1000) so the
        // audit sees every line: at 1100 bytes a line (the old estimate) 10,000 files rotated ~1,430 times.
        let rotateBytes = max(8 * 1024, files * 3500 / 900)
        let daemon = try DaemonHarness(label: "torture", config: ["rotateBytes": rotateBytes, "rotateKeep": 1000, "fsyncMilliseconds": 2])
        let logs = URL(fileURLWithPath: daemon.resultsPath).deletingLastPathComponent().path
        var generator = SystemRandomNumberGenerator()
        var expected: Set<String> = []
        var delivered = 0
        var afterRestart = 0, duringRecovery = 0, atRotation = 0, whileWorking = 0, midRotation = 0, suspects = 0
        try daemon.start()
        for kill in 0..<kills {
            let batch = (files - delivered) / (kills - kill)
            for _ in 0..<batch {
                let name = "t\(delivered).txt"
                try daemon.deliver(name, "Delivery \(delivered): Tehran and Moscow discussed grain, gas and rail links. \(UUID().uuidString)")
                expected.insert(name)
                delivered += 1
                if Int.random(in: 0..<8, using: &generator) == 0 { usleep(UInt32.random(in: 0..<2000, using: &generator)) }
            }
            let suspectsWaiting = !daemon.claimsInProcessing.isEmpty
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:
                usleep(UInt32.random(in: 0..<15_000, using: &generator))  // start-up: lock, torn-tail check, lexicons
                afterRestart += 1
            case 1 where suspectsWaiting:
                // The debug child takes ~1 s (its own lexicons), so most of these land inside it.
                if daemon.waitForLog("analysing a suspect in a separate process", timeout: 10) {
                    usleep(UInt32.random(in: 0..<1_200_000, using: &generator))
                    duringRecovery += 1
                }
            case 2:
                if daemon.waitForReady(timeout: 10), Self.waitForSize(of: daemon.resultsPath, atLeast: rotateBytes - 1500, timeout: 0.5) {
                    usleep(UInt32.random(in: 0..<6000, using: &generator))
                    atRotation += 1
                }
            default:
                if daemon.waitForReady(timeout: 10) {
                    usleep(UInt32.random(in: 0..<60_000, using: &generator))
                    whileWorking += 1
                }
            }
            daemon.stop(SIGKILL)
            suspects += Self.isolatedAnalyses(daemon)
            if !FileManager.default.fileExists(atPath: daemon.resultsPath) { midRotation += 1 }  // renamed, not yet reopened
            try daemon.start()
        }
        // The backlog left at the last restart drains at the debug build's pace on shared cores.
        #expect(daemon.waitForLines(files, timeout: max(300, Double(files) / 10)))
        #expect(daemon.waitForReady())
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let lines = daemon.lines()
        let audit = TortureAudit(expected: expected, lines: lines)
        #expect(audit.lost.isEmpty, "lost \(audit.lost.count): \(audit.lost.prefix(5))")
        #expect(audit.duplicated.isEmpty, "duplicated \(audit.duplicated.count): \(audit.duplicated.prefix(5))")
        #expect(audit.unparseable == 0)
        #expect(audit.unexpected.isEmpty)
        // Every delivery is a good article: recovery's isolated analysis must give each its real result.
        #expect(audit.isolatedFailures == 0, "good files failed as crashed or timeout: \(audit.isolatedFailures)")
        suspects += Self.isolatedAnalyses(daemon)
        #expect(daemon.entries("inbox").isEmpty)
        #expect(daemon.claimsInProcessing.isEmpty)
        let rotated = ((try? FileManager.default.contentsOfDirectory(atPath: logs)) ?? []).count { $0.contains(".jsonl.") && !$0.hasSuffix(".torn") }
        #expect(rotated > 0, "the logs rotated during the run")
        print("torture crash loop: \(kills) kills (\(afterRestart) in start-up, \(duringRecovery) during a suspect's isolated analysis, \(atRotation) at a rotation, \(midRotation) between rename and reopen, \(whileWorking) while working), \(files) files, \(lines.count) lines, \(audit.lost.count) lost, \(audit.duplicated.count) duplicated, \(suspects) isolated analyses by recovery, \(audit.givenUp) given up by recovery, \(audit.isolatedFailures) crashed or timed out, \(rotated) rotated files, \(TortureAudit.tornRepairs(in: logs)) torn lines repaired")
    }

    /// SIGKILL the moment a multi-megabyte line starts landing in the log (the size is polled in a
    /// tight loop), so the kill often interrupts the write part-way: a torn line, as after a power cut.
    /// The next start moves the fragment aside and the article still ends with exactly one whole line.
    @Test func powerLossDuringALargeAppend() throws {
        let rounds = TortureAudit.environment("ARTICLEWATCH_POWERLOSS_KILLS", default: 2)
        let daemon = try DaemonHarness(label: "powerloss", config: ["workers": 1, "maxFileBytes": 8 << 20, "includeText": true])
        let logs = URL(fileURLWithPath: daemon.resultsPath).deletingLastPathComponent().path
        var expected: Set<String> = []
        var killedMidLine = 0
        try daemon.start()
        for round in 0..<rounds {
            let name = "big\(round).txt"
            let paragraph = "Round \(round): Tehran and Moscow agreed on grain and gas, and the rail link went on. "
            let text = UUID().uuidString + "\n" + (0..<600).map { _ in String(repeating: paragraph, count: 10) }.joined(separator: "\n")
            let before = Self.size(of: daemon.resultsPath)
            try daemon.deliver(name, text)
            expected.insert(name)
            #expect(Self.waitForSize(of: daemon.resultsPath, atLeast: before + 1, timeout: 300))
            daemon.stop(SIGKILL)
            let after = Self.size(of: daemon.resultsPath)
            if let data = FileManager.default.contents(atPath: daemon.resultsPath), after > 0, data.last != 10 { killedMidLine += 1 }
            try daemon.start()
        }
        #expect(daemon.waitForLines(rounds, timeout: 300))
        #expect(daemon.waitForReady())
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let lines = daemon.lines()
        let audit = TortureAudit(expected: expected, lines: lines)
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated), unparseable \(audit.unparseable)")
        let torn = TortureAudit.tornRepairs(in: logs)
        #expect(torn == killedMidLine, "every half-written line found after a kill was moved aside at the next start")
        // Each fragment belongs to a delivered article, and that article has its one whole line.
        let tornText = (try? String(contentsOfFile: daemon.resultsPath + ".torn", encoding: .utf8)) ?? ""
        let files = lines.compactMap { $0["file"] as? String }
        for fragment in tornText.split(separator: "\n") {
            if let range = fragment.range(of: #""file":"big[0-9]+\.txt""#, options: .regularExpression) {
                let file = String(fragment[range].dropFirst(8).dropLast())
                #expect(expected.contains(file) && files.count { $0 == file } == 1, "\(file)")
            }
        }
        print("power loss: \(rounds) kills during multi-megabyte appends, \(killedMidLine) left a half-written line, \(torn) torn lines repaired, \(lines.count) lines for \(expected.count) files, \(audit.lost.count) lost, \(audit.duplicated.count) duplicated")
    }

    /// Suspects recovery analysed in a child process during the daemon's last run (its stderr starts afresh each start).
    static func isolatedAnalyses(_ daemon: DaemonHarness) -> Int {
        daemon.stderr.components(separatedBy: "analysing a suspect in a separate process").count - 1
    }

    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Busy-polls `stat` (no sleeping) so the caller acts within microseconds of the change.
    static func waitForSize(of path: String, atLeast target: Int, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var info = stat()
        var polls = 0
        while true {
            if stat(path, &info) == 0, Int(info.st_size) >= target { return true }
            polls += 1
            if polls % 1000 == 0, Date() >= deadline { return false }
        }
    }
}
