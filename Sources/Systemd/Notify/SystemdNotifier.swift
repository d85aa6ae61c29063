/// Tells systemd how the service is doing, over the `sd_notify` protocol.
///
/// Every method is a no-op when `$NOTIFY_SOCKET` is unset, so the daemon
/// calls it unconditionally: under `Type=notify` the messages drive `systemctl start`, `reload`, `status`
/// and the watchdog; in a terminal or a test nothing happens.
///
/// Each call sends one datagram to the manager's socket and returns at once: PID 1 drains that socket
/// continuously, so a send only waits if systemd itself is stuck (and then nobody would act on it anyway).
/// Call it from the status/watchdog loop, never while holding a lock the pipeline needs.
public struct SystemdNotifier: Sendable {
    /// What became of one notification.
    public enum Delivery: Equatable, Sendable {
        /// The datagram reached the notify socket.
        case sent
        /// No `$NOTIFY_SOCKET`: not running under systemd (or `NotifyAccess=` does not include us).
        case notConfigured
        /// The send failed with this errno (e.g. ECONNREFUSED when the manager is gone).
        case failed(errno: Int32)
    }

    /// Whether `$NOTIFY_SOCKET` was set when this notifier was made; when false every call is a no-op.
    public let isEnabled: Bool

    /// Reads `$NOTIFY_SOCKET` once. Make the notifier after the environment is final (tests set it first).
    public init() {
        isEnabled = !(ProcessEnvironment.value(of: "NOTIFY_SOCKET") ?? "").isEmpty
    }

    /// The interval systemd's watchdog expects a ping within (`WatchdogSec=` of the unit), or nil when it is off.
    public var watchdogInterval: Duration? {
        Libsystemd.watchdogMicroseconds().map { Duration.microseconds(Int64(clamping: $0)) }
    }

    /// How often to send ``watchdog()``: half of ``watchdogInterval``, as sd_watchdog_enabled(3) recommends,
    /// so one late ping never trips the watchdog.
    public var watchdogPingPeriod: Duration? {
        watchdogInterval.map { $0 / 2 }
    }

    /// READY=1: start-up (recovery) is done and the watcher is armed; `systemctl start` returns now.
    /// Also ends a reload started with ``reloading()``.
    public func ready() {
        send(["READY=1"])
    }

    /// READY=1 and a status line in the same datagram, so `systemctl status` never shows a stale one.
    public func ready(status: String) {
        send(["READY=1", Self.statusAssignment(status)])
    }

    /// STATUS=…: the one-line state `systemctl status` shows. Newlines are flattened to spaces.
    public func status(_ line: String) {
        send([Self.statusAssignment(line)])
    }

    /// WATCHDOG=1: the pipeline is alive. Send it only from a loop that has just proved the workers and writer
    /// make progress: if they wedge, the pings must stop so systemd kills and restarts the service.
    public func watchdog() {
        send(["WATCHDOG=1"])
    }

    /// RELOADING=1 with MONOTONIC_USEC (systemd ≥ 253 wants it; 252 ignores it): a SIGHUP reload has begun.
    /// Follow it with ``ready(status:)`` whether the new configuration was taken or rejected.
    public func reloading() {
        send(["RELOADING=1", "MONOTONIC_USEC=\(Libsystemd.monotonicMicroseconds())"])
    }

    /// STOPPING=1: shutdown has begun; systemd shows the unit as deactivating.
    public func stopping() {
        send(["STOPPING=1"])
    }

    /// STOPPING=1 with a last status line (e.g. `stopping: draining 2 in flight`).
    public func stopping(status: String) {
        send(["STOPPING=1", Self.statusAssignment(status)])
    }

    /// EXTEND_TIMEOUT_USEC=…: a long recovery or drain is making progress; systemd grants this much more time
    /// (counted from now) before its start or stop timeout fires. Send it again before the extension runs out.
    public func extendTimeout(by extra: Duration) {
        let microseconds = max(0, extra.components.seconds) * 1_000_000
            + max(0, extra.components.attoseconds) / 1_000_000_000_000
        send(["EXTEND_TIMEOUT_USEC=\(microseconds)"])
    }

    /// Sends raw `KEY=value` assignments in one datagram (see sd_notify(3) for the keys systemd 252 knows),
    /// and says what became of it. The named methods above use it and ignore the result: a lost status
    /// or ping has no remedy but the next one.
    @discardableResult
    public func send(_ assignments: [String]) -> Delivery {
        guard isEnabled else { return .notConfigured }
        let result = Libsystemd.notify(assignments.joined(separator: "\n"))
        if result > 0 { return .sent }
        if result == 0 { return .notConfigured }
        return .failed(errno: -result)
    }

    /// A STATUS= assignment on one line: a newline would end the field and start a bogus one.
    static func statusAssignment(_ line: String) -> String {
        "STATUS=" + line.map { $0.isNewline ? " " : String($0) }.joined()
    }
}
