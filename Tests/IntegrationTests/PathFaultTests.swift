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
        // The first line that cannot be written pauses claiming: waited for, not slept through.
        #expect(daemon.waitForLog("message.id=paused"), "\(daemon.stderr.suffix(2000))")
        #expect(daemon.stderr.contains("Read-only file system"))
        usleep(300_000)  // a line written or a claim taken while paused would show up here
        #expect(daemon.lineCount() == 5, "nothing can be written to a read-only directory")
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

    /// SIGTERM while the log directory is read-only: the daemon cannot write the held line, so it exits
    /// within `shutdownSeconds` (it used to spin on a cancelled sleep forever) and leaves that input
    /// claimed; the next start, with the directory writable again, gives every delivery its one line.
    @Test(.enabled(if: getuid() == 0, "bind mounts need root"))
    func aStopWhileTheLogIsUnwritableExitsAndRecoveryFinishes() throws {
        let daemon = try DaemonHarness(label: "rostop", config: ["shutdownSeconds": 2])
        let logs = daemon.root + "/logs"
        var expected: Set<String> = []
        try daemon.start()
        try deliverBatch(daemon, "a", 0..<3, into: &expected)
        #expect(daemon.waitForLines(3))
        #expect(rename(daemon.resultsPath, daemon.resultsPath + ".1") == 0)
        #expect(FaultTests.shell("mount --bind '\(logs)' '\(logs)' && mount -o remount,bind,ro '\(logs)'") == 0)
        var mounted = true
        defer { if mounted { _ = FaultTests.shell("umount '\(logs)'") } }
        try deliverBatch(daemon, "b", 0..<6, into: &expected)
        // Stopped only once a line is held: its write failed and claiming paused.
        #expect(daemon.waitForLog("message.id=paused"), "\(daemon.stderr.suffix(2000))")
        let started = Date()
        kill(daemon.process!.processIdentifier, SIGTERM)
        // shutdownSeconds is 2; a daemon that waits for the held line never exits. The deadline only
        // tells the two apart, so it is far beyond a loaded machine's pace.
        let deadline = Date().addingTimeInterval(120)
        while daemon.isRunning && Date() < deadline { usleep(50_000) }
        #expect(!daemon.isRunning, "exited within \(Date().timeIntervalSince(started)) s")
        if daemon.isRunning { daemon.stop(SIGKILL) } else { daemon.stop() }
        #expect(!daemon.claimsInProcessing.isEmpty, "the held line's input is left for recovery")
        #expect(FaultTests.shell("umount '\(logs)'") == 0)
        mounted = false
        try daemon.start()
        #expect(daemon.waitForLines(9))
        #expect(daemon.waitForReady())
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let audit = TortureAudit(expected: expected, lines: daemon.lines())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated)")
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
        #expect(rename(daemon.resultsPath, daemon.resultsPath + ".1") == 0)
        FileManager.default.createFile(atPath: daemon.resultsPath, contents: nil)
        try deliverBatch(daemon, "b", 0..<10, into: &expected)
        #expect(daemon.waitForLines(15))
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let audit = TortureAudit(expected: expected, lines: daemon.lines())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated)")
        #expect(Set(daemon.results().compactMap { $0["file"] as? String }) == Set((0..<10).map { "b\($0).txt" }))
    }

    /// `rm -r logs/` while running: the daemon says it cannot write, recreates the directory and the
    /// log, and every delivery after that still gets its line.
    @Test func aDeletedLogDirectoryIsRecreated() throws {
        let daemon = try DaemonHarness(label: "rmlogdir")
        var expected: Set<String> = []
        try daemon.start()
        try deliverBatch(daemon, "a", 0..<5, into: &expected)
        #expect(daemon.waitForLines(5))
        try FileManager.default.removeItem(atPath: daemon.root + "/logs")
        var later: Set<String> = []
        try deliverBatch(daemon, "b", 0..<10, into: &later)
        #expect(daemon.waitForLines(10))
        usleep(300_000)
        #expect(daemon.isRunning)
        #expect(daemon.stop() == 0)
        let audit = TortureAudit(expected: later, lines: daemon.lines())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated), other \(audit.unexpected)")
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    /// logrotate's `copytruncate` (the log cut to zero under the open descriptor), then a disk so full
    /// that the next line is written only in part: the part is cut back to where the file really ends,
    /// not to the length the daemon remembered from before the truncation (which would pad the log
    /// with NUL bytes). Every line stays parseable and every delivery gets one.
    @Test(.enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func copytruncateThenAPartialWriteLeavesNoGarbage() throws {
        let daemon = try DaemonHarness(label: "copytrunc", results: "fs/results.jsonl", failures: "fs/failures.jsonl")
        let mountPoint = daemon.root + "/fs"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        #expect(FaultTests.shell("mount -t tmpfs -o size=1m tmpfs '\(mountPoint)'") == 0)
        defer { _ = FaultTests.shell("umount -l '\(mountPoint)'") }
        var expected: Set<String> = []
        try daemon.start()
        let filler = String(repeating: "Tehran and Moscow signed a long agreement on grain and gas. ", count: 100)
        for index in 0..<20 {
            try daemon.deliver("a\(index).txt", "\(index) \(UUID().uuidString) " + filler)
            expected.insert("a\(index).txt")
        }
        #expect(daemon.waitForLines(20))
        usleep(200_000)
        #expect(truncate(daemon.resultsPath, 0) == 0)  // copytruncate: the copy is elsewhere
        // Leave one free page (4 KiB), less than one line (~7 KB), so the next write lands in part.
        let block = [UInt8](repeating: 0x78, count: 1024)
        let descriptor = open(mountPoint + "/filler", O_CREAT | O_WRONLY, 0o644)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        close(descriptor)
        #expect(FaultTests.shell("truncate -s -5K '\(mountPoint)/filler'") == 0)
        var later: Set<String> = []
        for index in 0..<3 {
            try daemon.deliver("b\(index).txt", "\(index) \(UUID().uuidString) " + filler)
            later.insert("b\(index).txt")
        }
        // The partial write is what this test is about: wait until the disk-full pause says it happened.
        #expect(daemon.waitForLog("message.id=paused"), "\(daemon.stderr.suffix(2000))")
        unlink(mountPoint + "/filler")
        #expect(daemon.waitForLines(3))
        usleep(300_000)
        #expect(daemon.stop() == 0)
        let bytes = FileManager.default.contents(atPath: daemon.resultsPath) ?? Data()
        #expect(!bytes.contains(0), "no NUL padding in the log")
        let audit = TortureAudit(expected: later, lines: daemon.results())
        #expect(audit.isClean, "lost \(audit.lost), duplicated \(audit.duplicated), unparseable \(audit.unparseable)")
    }

    /// The inbox deleted (and once moved away) while running: the daemon recreates it, watches the new
    /// directory and picks up everything delivered into it.
    @Test func aRemovedInboxIsRecreatedAndWatched() throws {
        // The rescan is an hour away: only inotify on the new inbox can find the files in time.
        let daemon = try DaemonHarness(label: "noinbox", config: ["rescanSeconds": 3600])
        var expected: Set<String> = []
        try daemon.start()
        try deliverBatch(daemon, "a", 0..<5, into: &expected)
        #expect(daemon.waitForLines(5))
        #expect(rmdir(daemon.inbox) == 0)
        #expect(Self.waitForDirectory(daemon.inbox), "the daemon recreated the inbox")
        try deliverBatch(daemon, "b", 0..<5, into: &expected)
        #expect(daemon.waitForLines(10), "inotify on the new inbox (the rescan is an hour away)")
        // Moved away and replaced by the producer: the new directory is the one watched.
        #expect(rename(daemon.inbox, daemon.spool + "/inbox.old") == 0)
        #expect(mkdir(daemon.inbox, 0o2775) == 0 || errno == EEXIST)
        usleep(200_000)
        try deliverBatch(daemon, "c", 0..<5, into: &expected)
        #expect(daemon.waitForLines(15))
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
