import Foundation
import Glibc
import Testing

/// The daemon's sd_notify conversation, read from a real datagram socket set as NOTIFY_SOCKET.
@Suite(.serialized) struct DaemonNotifyTests {
    @Test func readyStatusWatchdogReloadAndStopping() throws {
        let notify = NotifySocket()
        let daemon = try DaemonHarness(label: "notify")
        // A claim left by a dead daemon: READY must come only after recovery has finished it.
        let deadClaim = daemon.spool + "/processing/dead-1-1.1"
        try FileManager.default.createDirectory(atPath: deadClaim, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: deadClaim + "/left.txt", contents: Data("Left over from a crash.".utf8))
        try daemon.start(environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "400000"])
        let ready = try #require(notify.waitFor("READY=1"))
        #expect(daemon.lineCount() == 1, "the recovered claim was written before READY")
        #expect(notify.messages[..<ready].contains { $0.contains("STATUS=recovering") })
        try daemon.deliver("a.txt", "Tehran and Moscow agreed on a gas deal.")
        #expect(notify.waitFor(anyOf: ["1 analysed", "2 analysed"], after: ready) != nil)
        // Pings every 200 ms while alive: three of them come, however late a loaded machine schedules them.
        let deadline = Date().addingTimeInterval(60)
        var pings = 0
        while pings < 3, Date() < deadline {
            usleep(20_000)
            pings = notify.messages.filter { $0.contains("WATCHDOG=1") }.count
        }
        #expect(pings >= 3, "pings every 200 ms while alive, saw \(pings)")
        let beforeReload = notify.messages.count
        kill(daemon.process!.processIdentifier, SIGHUP)
        let reloading = try #require(notify.waitFor("RELOADING=1", after: beforeReload - 1))
        #expect(notify.waitFor("READY=1", after: reloading) != nil)
        #expect(daemon.stop(SIGTERM) == 0)
        #expect(notify.waitFor("STOPPING=1") != nil)
    }
}
