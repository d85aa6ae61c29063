import Dispatch

/// The one timed wait of the module, outside the daemon's injected clock on purpose: the journal thread's
/// drain at exit is bounded in real time whatever clock the daemon runs on.
enum BoundedWait {
    /// DispatchSemaphore.wait(timeout:) against DispatchTime (CLOCK_MONOTONIC): true when signalled in time.
    static func wait(for semaphore: DispatchSemaphore, atMost timeout: Duration) -> Bool {
        let (seconds, attoseconds) = timeout.components
        let nanoseconds = max(0, seconds) * 1_000_000_000 + max(0, attoseconds) / 1_000_000_000
        return semaphore.wait(timeout: .now() + .nanoseconds(Int(clamping: nanoseconds))) == .success
    }
}
