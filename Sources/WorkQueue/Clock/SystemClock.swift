import Dispatch

/// The real clock: `clock_gettime(CLOCK_REALTIME)` for wall time, `ContinuousClock` (CLOCK_BOOTTIME
/// on Linux) for durations and sleeps, Dispatch's monotonic `DispatchTime` for scheduled timers.
public struct SystemClock: DaemonClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func now() -> Double { WallTime.secondsSince1970() }

    public func uptime() -> Duration { ContinuousClock.now - origin }

    public func sleep(for duration: Duration) async throws { try await Task.sleep(for: duration) }

    public func schedule(after duration: Duration, _ action: @escaping @Sendable () -> Void) -> ClockTimer {
        let timer = ClockTimer(action)
        let (seconds, attoseconds) = duration.components
        let nanoseconds = max(0, seconds) * 1_000_000_000 + max(0, attoseconds) / 1_000_000_000
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds))) { timer.fire() }
        return timer
    }
}
