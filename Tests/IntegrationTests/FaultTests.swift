import Foundation
import Glibc
import Testing

/// Disk full, a torn last line, a graceful stop in the middle of work.
@Suite(.serialized) struct FaultTests {
    /// Spool and logs on a 3 MiB tmpfs that fills up mid-run: the daemon pauses and says why, writes no
    /// partial line, loses nothing, and resumes by itself when space returns.
    @Test(.enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func diskFullPausesAndResumesWithoutLosingALine() throws {
        let daemon = try DaemonHarness(label: "diskfull", results: "fs/logs/results.jsonl", failures: "fs/logs/failures.jsonl")
        let mountPoint = daemon.root + "/fs"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        #expect(Self.shell("mount -t tmpfs -o size=3m tmpfs '\(mountPoint)'") == 0)
        defer { _ = Self.shell("umount -l '\(mountPoint)'") }
        try daemon.writeConfig([
            "spool": "fs/spool", "results": "fs/logs/results.jsonl", "failures": "fs/logs/failures.jsonl",
            "settleMilliseconds": 100, "rescanSeconds": 1, "fsyncMilliseconds": 5, "workers": 2,
        ])
        try daemon.start()
        #expect(daemon.waitForReady())
        let spool = mountPoint + "/spool"
        let article = String(repeating: "Iran and Russia discussed a new energy agreement in Tehran. ", count: 40)
        func stage(_ name: String) { FileManager.default.createFile(atPath: spool + "/tmp/" + name, contents: Data(article.utf8)) }
        func release(_ name: String) { rename(spool + "/tmp/" + name, spool + "/inbox/" + name) }
        for index in 0..<5 { stage("before\(index)"); release("before\(index)") }
        #expect(daemon.waitForLines(5))
        for index in 0..<20 { stage("during\(index)") }
        // Fill what is left of the file system.
        let filler = mountPoint + "/filler"
        let descriptor = open(filler, O_CREAT | O_WRONLY, 0o644)
        let block = [UInt8](repeating: 0x78, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        close(descriptor)
        for index in 0..<20 { release("during\(index)") }
        #expect(daemon.waitForLog("message.id=paused"), "\(daemon.stderr.suffix(2000))")
        #expect(daemon.stderr.contains("disk full"))
        usleep(500_000)  // lines written while paused would show up here
        // A line may still fit in the log's last, already allocated page; most cannot.
        let linesWhileFull = daemon.lineCount()
        #expect(linesWhileFull < 10, "lines cannot keep coming while the disk is full: \(linesWhileFull)")
        try FileManager.default.removeItem(atPath: filler)
        #expect(daemon.waitForLines(25))
        #expect(daemon.stop() == 0)
        let lines = daemon.lines()
        #expect(lines.count == 25)
        #expect(lines.allSatisfy { $0["unparseable"] == nil })
        #expect(Set(lines.compactMap { $0["file"] as? String }).count == 25)
        #expect(daemon.stderr.contains("resumed"))
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    /// A crash mid-append leaves half a line: the next start moves it aside and every file still gets one line.
    @Test func aTornLastLineIsRepairedAtStart() throws {
        let daemon = try DaemonHarness(label: "torn")
        var ledger = DeliveryLedger()
        try daemon.start()
        for index in 0..<10 { try daemon.deliver("a\(index).txt", ledger.article(index, name: "a\(index).txt")) }
        #expect(daemon.waitForLines(10))
        daemon.stop(SIGKILL)
        let handle = try #require(FileHandle(forWritingAtPath: daemon.resultsPath))
        handle.seekToEndOfFile()
        handle.write(Data("{\"schema\":\"articlewatch.result/1\",\"id\":\"half a li".utf8))
        try handle.close()
        try daemon.start()
        for index in 10..<20 { try daemon.deliver("a\(index).txt", ledger.article(index, name: "a\(index).txt")) }
        #expect(daemon.waitForLines(20))
        daemon.stop()
        let audit = ledger.audit(daemon.results())
        #expect(audit.missing.isEmpty && audit.duplicated.isEmpty && audit.unparseable == 0)
        #expect(FileManager.default.fileExists(atPath: daemon.resultsPath + ".torn"))
        #expect(daemon.stderr.contains("torn last line"))
    }

    /// SIGTERM in the middle of a backlog: exit 0, nothing half-done. Every file is either done with
    /// exactly one line, or still waiting in the inbox.
    @Test func sigtermDrainsInFlightWorkAndLeavesTheRestInTheInbox() throws {
        let daemon = try DaemonHarness(label: "drain")
        var ledger = DeliveryLedger()
        try daemon.start()
        #expect(daemon.waitForReady())
        for index in 0..<2000 { try daemon.deliver("d\(index).txt", ledger.article(index, name: "d\(index).txt")) }
        #expect(daemon.stop(SIGTERM) == 0)
        let lines = daemon.lines()
        let audit = ledger.audit(lines)
        #expect(audit.duplicated.isEmpty)
        #expect(daemon.claimsInProcessing.isEmpty)
        #expect(lines.count + daemon.entries("inbox").count == 2000)
        #expect(daemon.entries("done").count == lines.count)
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try? process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
