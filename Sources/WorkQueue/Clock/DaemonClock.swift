/// Every timestamp and timer in the daemon comes from one of these, so a test drives time by hand
/// (`TestClock`) instead of sleeping, and a lease or a settle rule is tested in microseconds.
public protocol DaemonClock: Sendable {
    /// Wall time, in seconds since 1970: record stamps, leases, file times. May step (NTP).
    func now() -> Double
    /// Monotonic time since an arbitrary origin: durations and timers, immune to wall-clock steps.
    func uptime() -> Duration
    /// Suspends for `duration` of this clock's monotonic time; throws `CancellationError` when the task
    /// is cancelled.
    func sleep(for duration: Duration) async throws
    /// Runs `action` once `duration` of this clock's monotonic time has passed, on a thread of the
    /// clock's choosing and not on the cooperative pool, unless the returned timer is cancelled first.
    /// For a deadline that blocked code depends on (a child killed at its wall-clock limit).
    func schedule(after duration: Duration, _ action: @escaping @Sendable () -> Void) -> ClockTimer
}

extension DaemonClock {
    /// Sleeps until monotonic time `deadline` (at once when it has passed).
    public func sleep(until deadline: Duration) async throws {
        let remaining = deadline - uptime()
        if remaining > .zero { try await sleep(for: remaining) }
    }
}
