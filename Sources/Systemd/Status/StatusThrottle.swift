/// Limits STATUS= updates to a few a second, without ever leaving a stale line on display.
///
/// Each update costs PID 1 a wake-up and a D-Bus property change, so a busy daemon that finishes
/// thousands of articles a second must not send one per article. A changed line that arrives too soon
/// is held back and handed out by ``due(at:)`` once the interval has passed, so the last state always shows.
/// The time (monotonic, since any fixed origin: the daemon clock's uptime) is passed in, which keeps the throttle a pure value that tests drive step by step.
public struct StatusThrottle: Sendable {
    /// The shortest gap between two sends. 250 ms (4 updates/s) is faster than a person reads
    /// `systemctl status` and cheap for PID 1.
    public let minimumInterval: Duration
    private var lastSentAt: Duration?
    private var lastSentLine: String?
    private var pendingLine: String?

    public init(minimumInterval: Duration = .milliseconds(250)) {
        self.minimumInterval = minimumInterval
    }

    /// Offers the current line. Returns it when it should be sent now; nil when it is unchanged,
    /// or when it came too soon (then it is kept and ``due(at:)`` returns it later).
    public mutating func offer(_ line: String, at now: Duration) -> String? {
        guard line != lastSentLine else {
            pendingLine = nil
            return nil
        }
        if let lastSentAt, now < lastSentAt + minimumInterval {
            pendingLine = line
            return nil
        }
        return markSent(line, at: now)
    }

    /// The held-back line, if any, once the interval has passed. Call it from the periodic status loop.
    public mutating func due(at now: Duration) -> String? {
        guard let pendingLine else { return nil }
        if let lastSentAt, now < lastSentAt + minimumInterval { return nil }
        return markSent(pendingLine, at: now)
    }

    /// Records `line` as sent regardless of the interval: for changes that must show at once
    /// (paused, reloading, stopping). Returns the line for convenience.
    public mutating func force(_ line: String, at now: Duration) -> String {
        markSent(line, at: now)
    }

    private mutating func markSent(_ line: String, at now: Duration) -> String {
        lastSentAt = now
        lastSentLine = line
        pendingLine = nil
        return line
    }
}
