import Synchronization

/// A one-shot timer from `DaemonClock.schedule`: its action runs once when the time comes, unless
/// `cancel()` came first. The action never needs the cooperative pool, so it fires on time even while
/// every pool thread is busy (the isolated child's wall-clock limit must).
public final class ClockTimer: Sendable {
    private let action: Mutex<(@Sendable () -> Void)?>

    init(_ action: @escaping @Sendable () -> Void) { self.action = Mutex(action) }

    /// Runs the action unless it ran or was cancelled already.
    func fire() {
        let pending = action.withLock { current -> (@Sendable () -> Void)? in
            defer { current = nil }
            return current
        }
        pending?()
    }

    /// The action will not run (if it has not run yet).
    public func cancel() { action.withLock { $0 = nil } }

    /// True until it fired or was cancelled.
    public var isPending: Bool { action.withLock { $0 != nil } }
}
