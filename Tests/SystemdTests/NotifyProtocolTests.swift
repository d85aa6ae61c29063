import Foundation
import Glibc
import Testing

/// The whole notify protocol from a real process (`articlewatch-eval systemd-probe notify`, built only from
/// the Systemd module) to a real datagram socket, the way PID 1 sees it: READY with a STATUS, WATCHDOG
/// pings at half of `WATCHDOG_USEC`, RELOADING … READY on SIGHUP, STOPPING and exit 0 on SIGTERM.
@Suite(.enabled(if: TestEnvironment.evalBinary != nil, "needs articlewatch-eval built beside the tests (swift build --build-tests)"))
struct NotifyProtocolTests {
    /// Reads datagrams until one satisfies `condition`; fails (returning what came) if none does in time.
    private func receive(from socket: NotifySocket, sender: pid_t, until condition: ([String]) -> Bool) -> [[String]] {
        var received: [[String]] = []
        while let datagram = socket.receive(from: sender) {
            received.append(datagram)
            if condition(datagram) { return received }
        }
        Issue.record("the expected datagram never came; received \(received)")
        return received
    }

    @Test func readyWatchdogReloadAndStopFromAProcess() throws {
        let socket = try NotifySocket()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TestEnvironment.evalBinary))
        process.arguments = ["systemd-probe", "notify"]
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = socket.path
        environment["WATCHDOG_USEC"] = "400000"
        environment.removeValue(forKey: "WATCHDOG_PID")
        environment.removeValue(forKey: "JOURNAL_STREAM")
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }

        let child = process.processIdentifier
        let first = try #require(socket.receive(from: child))
        #expect(first.first == "READY=1")
        #expect(first.contains { $0.hasPrefix("STATUS=watching ") })

        // Three pings in a row prove the cadence loop runs (at 200 ms, half of WATCHDOG_USEC).
        var pings = 0
        _ = receive(from: socket, sender: child) { datagram in
            if datagram == ["WATCHDOG=1"] { pings += 1 }
            return pings == 3
        }
        #expect(pings == 3)

        kill(process.processIdentifier, SIGHUP)
        let reload = receive(from: socket, sender: child) { $0.first == "READY=1" }
        let reloading = try #require(reload.firstIndex { $0.first == "RELOADING=1" }, "no RELOADING=1 before READY=1: \(reload)")
        #expect(reload[reloading].contains { $0.hasPrefix("MONOTONIC_USEC=") })

        kill(process.processIdentifier, SIGTERM)
        let stop = receive(from: socket, sender: child) { $0.first == "STOPPING=1" }
        #expect(stop.last?.first == "STOPPING=1")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}
