/// What the daemon tells its service manager (systemd's sd_notify): readiness, a status line, watchdog
/// pings, reloads and stopping. A protocol so the daemon runs the same with or without systemd.
public protocol ServiceManagerNotifier: Sendable {
    func ready()
    func status(_ line: String)
    func watchdog()
    func reloading()
    func stopping()
    func extendTimeout(by duration: Duration)
    /// Half of this is the ping period; nil when no watchdog is configured.
    var watchdogInterval: Duration? { get }
}

/// Used when no service manager listens.
public struct SilentNotifier: ServiceManagerNotifier {
    public init() {}
    public func ready() {}
    public func status(_ line: String) {}
    public func watchdog() {}
    public func reloading() {}
    public func stopping() {}
    public func extendTimeout(by duration: Duration) {}
    public var watchdogInterval: Duration? { nil }
}
