import Foundation
import Glibc
import Testing
@testable import Systemd

/// `SystemdNotifier` against a real datagram socket named by `$NOTIFY_SOCKET`, the way PID 1 receives it.
/// Serialized: the environment is process-wide. The socket only counts datagrams whose SCM_CREDENTIALS
/// name this process, so a child of another suite that inherits `$NOTIFY_SOCKET` meanwhile cannot interfere.
@Suite(.serialized)
struct SystemdNotifierTests {
    /// Runs `body` with `$NOTIFY_SOCKET` (and optionally the watchdog variables) set, restoring them after.
    private func withNotifySocket(watchdogMicroseconds: String? = nil, watchdogPID: String? = nil, _ body: (NotifySocket) throws -> Void) throws {
        let socket = try NotifySocket()
        setenv("NOTIFY_SOCKET", socket.path, 1)
        if let watchdogMicroseconds { setenv("WATCHDOG_USEC", watchdogMicroseconds, 1) }
        if let watchdogPID { setenv("WATCHDOG_PID", watchdogPID, 1) }
        defer {
            unsetenv("NOTIFY_SOCKET")
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        try body(socket)
    }

    @Test func withoutNotifySocketEveryCallIsANoOp() {
        unsetenv("NOTIFY_SOCKET")
        let notifier = SystemdNotifier()
        #expect(!notifier.isEnabled)
        #expect(notifier.send(["READY=1"]) == .notConfigured)
        notifier.ready()
        notifier.status("watching")
        notifier.watchdog()
        notifier.stopping()
    }

    @Test func readyCarriesTheStatusLineInTheSameDatagram() throws {
        try withNotifySocket { socket in
            let notifier = SystemdNotifier()
            #expect(notifier.isEnabled)
            #expect(notifier.send(["STATUS=starting"]) == .sent)
            #expect(socket.receive() == ["STATUS=starting"])
            notifier.ready(status: "watching /srv/articlewatch/inbox: 0 analysed")
            #expect(socket.receive() == ["READY=1", "STATUS=watching /srv/articlewatch/inbox: 0 analysed"])
        }
    }

    @Test func eachLifecycleMessageIsOneDatagramInOrder() throws {
        try withNotifySocket { socket in
            let notifier = SystemdNotifier()
            notifier.status("recovering: 3 files left in processing")
            notifier.ready()
            notifier.watchdog()
            notifier.stopping(status: "stopping")
            #expect(socket.receive() == ["STATUS=recovering: 3 files left in processing"])
            #expect(socket.receive() == ["READY=1"])
            #expect(socket.receive() == ["WATCHDOG=1"])
            #expect(socket.receive() == ["STOPPING=1", "STATUS=stopping"])
            #expect(!socket.hasPendingDatagram())
        }
    }

    @Test func reloadingSendsTheMonotonicClockSystemdExpects() throws {
        try withNotifySocket { socket in
            let before = Libsystemd.monotonicMicroseconds()
            SystemdNotifier().reloading()
            let after = Libsystemd.monotonicMicroseconds()
            let lines = try #require(socket.receive())
            #expect(lines.first == "RELOADING=1")
            let stamp = try #require(lines.last.flatMap { $0.hasPrefix("MONOTONIC_USEC=") ? UInt64($0.dropFirst(15)) : nil })
            #expect((before...after).contains(stamp))
        }
    }

    @Test func extendTimeoutIsSentInMicroseconds() throws {
        try withNotifySocket { socket in
            SystemdNotifier().extendTimeout(by: .seconds(90) + .milliseconds(250))
            #expect(socket.receive() == ["EXTEND_TIMEOUT_USEC=90250000"])
        }
    }

    @Test func aNewlineInAStatusCannotInjectAnotherAssignment() throws {
        try withNotifySocket { socket in
            SystemdNotifier().status("paused\nREADY=1")
            #expect(socket.receive() == ["STATUS=paused READY=1"])
        }
    }

    @Test func aVanishedManagerIsReportedAsAFailedDelivery() throws {
        try withNotifySocket { socket in
            unlink(socket.path)
            #expect(SystemdNotifier().send(["WATCHDOG=1"]) == .failed(errno: ENOENT))
        }
    }

    @Test func watchdogIntervalComesFromWatchdogUsecAndThePingPeriodIsHalfOfIt() throws {
        try withNotifySocket(watchdogMicroseconds: "30000000", watchdogPID: String(getpid())) { _ in
            let notifier = SystemdNotifier()
            #expect(notifier.watchdogInterval == .seconds(30))
            #expect(notifier.watchdogPingPeriod == .seconds(15))
        }
    }

    @Test func aWatchdogMeantForAnotherProcessIsIgnored() throws {
        try withNotifySocket(watchdogMicroseconds: "30000000", watchdogPID: "1") { _ in
            #expect(SystemdNotifier().watchdogInterval == nil)
        }
        #expect(SystemdNotifier().watchdogInterval == nil)
    }
}
