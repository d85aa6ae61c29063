import Foundation
import Glibc
import Testing

/// `minFreeBytes` against the real binary and real statvfs: below the floor the daemon claims nothing,
/// says why, and resumes by itself once there is room.
@Suite(.serialized) struct FreeSpaceTests {
    /// A floor above any disk: paused from the first claim; a reload that lowers it lets the files through.
    @Test func aFloorAboveTheFreeSpaceKeepsInputsInTheInboxUntilItIsLowered() throws {
        let daemon = try DaemonHarness(label: "space", config: ["minFreeBytes": 1 << 50])
        try daemon.start()
        #expect(daemon.waitForReady())
        for number in 1...3 { try daemon.deliver("\(number).txt", "Article number \(number) about the harbour wall.") }
        #expect(daemon.waitForLog("below minFreeBytes"), "\(daemon.stderr.suffix(2000))")
        usleep(500_000)  // a claim taken while paused would show up here
        #expect(daemon.lineCount() == 0)
        #expect(daemon.entries("inbox").count == 3, "inputs stay in the inbox while space is short")
        try daemon.writeConfig([
            "spool": "spool", "results": "logs/results.jsonl", "failures": "logs/failures.jsonl", "settleMilliseconds": 200,
            "rescanSeconds": 2, "fsyncMilliseconds": 5, "workers": 2, "shutdownSeconds": 10, "minFreeBytes": 0,
        ])
        kill(daemon.process!.processIdentifier, SIGHUP)
        #expect(daemon.waitForLines(3))
        #expect(daemon.stderr.contains("resumed"))
        #expect(daemon.stop() == 0)
        #expect(daemon.entries("inbox").isEmpty)
    }

    /// The logs on a 8 MiB tmpfs filled to below a 4 MiB floor: paused; the filler deleted: the daemon
    /// notices on its own (no signal, no reload) and analyses the waiting files. Needs root for mount(8).
    @Test(.enabled(if: getuid() == 0)) func aFullLogFileSystemPausesAndFreedSpaceResumes() throws {
        let daemon = try DaemonHarness(label: "tmpfs", config: ["minFreeBytes": 4 << 20])
        let logs = daemon.root + "/logs"
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        guard run("/bin/mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", logs) == 0 else {
            Issue.record("cannot mount a tmpfs as root here")
            return
        }
        defer { _ = run("/bin/umount", "-l", logs) }
        let filler = logs + "/filler"
        FileManager.default.createFile(atPath: filler, contents: Data(count: 5 << 20))
        try daemon.start()
        #expect(daemon.waitForReady())
        for number in 1...3 { try daemon.deliver("\(number).txt", "Article number \(number) about the ferry pier.") }
        #expect(daemon.waitForLog("below minFreeBytes"), "\(daemon.stderr.suffix(2000))")
        usleep(500_000)  // a claim taken while paused would show up here
        #expect(daemon.lineCount() == 0)
        #expect(daemon.entries("inbox").count == 3)
        try FileManager.default.removeItem(atPath: filler)
        #expect(daemon.waitForLines(3))
        #expect(daemon.stop() == 0)
    }

    private func run(_ tool: String, _ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
