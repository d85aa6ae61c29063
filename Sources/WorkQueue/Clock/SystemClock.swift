/// The real clock: `clock_gettime(CLOCK_REALTIME)` for wall time, `ContinuousClock` (CLOCK_BOOTTIME
/// on Linux) for durations and sleeps.
public struct SystemClock: DaemonClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func now() -> Double { WallTime.secondsSince1970() }

    public func uptime() -> Duration { ContinuousClock.now - origin }

    public func sleep(for duration: Duration) async throws { try await Task.sleep(for: duration) }
}
