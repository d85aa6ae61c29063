import Foundation
import Glibc
import Testing

/// Paths that change under the running daemon: the log directory turning read-only, the log file
/// deleted or replaced (external rotation without SIGHUP), the inbox removed and recreated.
/// Each time: a clear error, recovery by itself, and every delivery ends with exactly one line.
@Suite(.serialized) struct PathFaultTests {
    func deliverBatch(_ daemon: DaemonHarness, _ prefix: String, _ range: Range<Int>, into expected: inout Set<String>) throws {
        for index in range {
            try daemon.deliver("\(prefix)\(index).txt", "Article \(prefix)\(index): Tehran and Moscow on trade. \(UUID().uuidString)")
            expected.insert("\(prefix)\(index).txt")
        }
    }

    /// The log file moved away and its directory made read-only (a read-only bind mount over it, which
    /// binds root too): the daemon cannot recreate the log, pauses claiming and says why; once the
    /// directory is writable again it recreates the log, writes the held line and resumes.
    @Test(.enabled(if: getuid() == 0, "bind mounts need root"))
    func aReadOnlyLogDirectoryPausesAndResumes() throws {
        let daemon = try DaemonHarness(label: "rologs")
        let logs = daemon.root + "/logs"
        var expected: Set<String> = []
        try daemon.start()
        try deliverBatch(daemon, "a", 0..<5, into: &expected)
        #expect(daemon.waitForLines(5))
        #expect(rename(daemon.resultsPath, daemon.resultsPath + ".1") == 0)
        #expect(FaultTests.shell("mount --bind '\(logs)' '\(logs)' && mount -o remount,bind,ro '\(logs)'") == 0)
        var mounted = true
        defer { if mounted { _ = FaultTests.shell("umount '\(logs)'") } }
        try deliverBatch(daemon, "b", 0..<10, into: &expected)
        usleep(1_500_000)
        #expect(daemon.lineCount() == 5, "nothing can be written to a read-only directory")
        #expect(daemon.stderr.contains("paused"))
        #expect(daemon.stderr.contains("Read-only file system"))
        #expect(daemon.entries("inbox").count >= 8, "claiming stopped while paused")
        #expect(daemon.isRunning)
        #expect(FaultTests.shell("umount '\(logs)'") == 0)
        mounted = false
        #expect(daemon.waitForLines(15))
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let audit = TortureAudit(expected: expected, lines: daemon.lines())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated)")
        #expect(daemon.stderr.contains("resumed"))
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    /// `rm results.jsonl` while running: the next line goes to a new file at the configured path.
    @Test func aDeletedLogIsRecreated() throws {
        let daemon = try DaemonHarness(label: "rmlog")
        var expected: Set<String> = []
        try daemon.start()
        try deliverBatch(daemon, "a", 0..<5, into: &expected)
        #expect(daemon.waitForLines(5))
        #expect(unlink(daemon.resultsPath) == 0)
        #expect(unlink(daemon.failuresPath) == 0 || errno == ENOENT)
        var later: Set<String> = []
        try deliverBatch(daemon, "b", 0..<10, into: &later)
        #expect(daemon.waitForLines(10))
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let audit = TortureAudit(expected: later, lines: daemon.results())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated), other \(audit.unexpected)")
        #expect(daemon.entries("done").count == 15)
    }

    /// logrotate's `create` mode without a SIGHUP: the log is renamed and an empty one put in its place.
    /// Lines after that go to the new file; across the two files every delivery has exactly one line.
    @Test func aLogReplacedUnderTheDaemonIsFollowed() throws {
        let daemon = try DaemonHarness(label: "replaced")
        var expected: Set<String> = []
        try daemon.start()
        try deliverBatch(daemon, "a", 0..<5, into: &expected)
        #expect(daemon.waitForLines(5))
        #expect(rename(daemon.resultsPath, daemon.resultsPath + ".rotated") == 0)
        FileManager.default.createFile(atPath: daemon.resultsPath, contents: nil)
        try deliverBatch(daemon, "b", 0..<10, into: &expected)
        #expect(daemon.waitForLines(15))
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let audit = TortureAudit(expected: expected, lines: daemon.lines())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated)")
        #expect(Set(daemon.results().compactMap { $0["file"] as? String }) == Set((0..<10).map { "b\($0).txt" }))
    }

    /// The inbox deleted (and once moved away) while running: the daemon recreates it, watches the new
    /// directory and picks up everything delivered into it.
    @Test func aRemovedInboxIsRecreatedAndWatched() throws {
        let daemon = try DaemonHarness(label: "noinbox", config: ["rescanSeconds": 30])
        var expected: Set<String> = []
        try daemon.start()
        try deliverBatch(daemon, "a", 0..<5, into: &expected)
        #expect(daemon.waitForLines(5))
        #expect(rmdir(daemon.inbox) == 0)
        #expect(Self.waitForDirectory(daemon.inbox), "the daemon recreated the inbox")
        try deliverBatch(daemon, "b", 0..<5, into: &expected)
        #expect(daemon.waitForLines(10, timeout: 10), "inotify on the new inbox (the rescan is 30 s away)")
        // Moved away and replaced by the producer: the new directory is the one watched.
        #expect(rename(daemon.inbox, daemon.spool + "/inbox.old") == 0)
        #expect(mkdir(daemon.inbox, 0o2775) == 0 || errno == EEXIST)
        usleep(200_000)
        try deliverBatch(daemon, "c", 0..<5, into: &expected)
        #expect(daemon.waitForLines(15, timeout: 10))
        usleep(300_000)
        #expect(daemon.isRunning)
        #expect(daemon.stop() == 0)
        let audit = TortureAudit(expected: expected, lines: daemon.lines())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated)")
        #expect(daemon.stderr.contains("inbox was removed or moved"))
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    static func waitForDirectory(_ path: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var isDirectory: ObjCBool = false
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return true }
            usleep(20_000)
        }
        return false
    }
}
