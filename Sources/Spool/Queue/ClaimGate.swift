import Synchronization
public import WorkQueue

/// Whether claiming may go on: open unless some cause has paused it, shut for good once closed.
/// `pause` and `resume` are synchronous (a log appender calls them from its own actor, in order) and
/// wake waiting claimers at once: claimers wait on an event, never on a timer.
public final class ClaimGate: Sendable {
    private struct State {
        var pauses: Set<ClaimPause> = []
        var closed = false
        var waiters: [CheckedContinuation<Bool, Never>] = []
        var admission: (@Sendable () -> Bool)?
    }

    private let state = Mutex(State())

    public init() {}

    public var pauses: Set<ClaimPause> { state.withLock { $0.pauses } }
    public var isClosed: Bool { state.withLock { $0.closed } }

    /// A check run right before each claim (free space): false keeps the input where it is. The check
    /// pauses the gate itself when it says no, and resumes it when the condition clears.
    public func setAdmission(_ check: @escaping @Sendable () -> Bool) { state.withLock { $0.admission = check } }

    /// Whether the next claim may go ahead: open, not closed, and admitted by the check.
    public func admits() -> Bool {
        let (open, check) = state.withLock { ($0.pauses.isEmpty && !$0.closed, $0.admission) }
        return open && (check?() ?? true)
    }

    public func pause(_ cause: ClaimPause) { state.withLock { _ = $0.pauses.insert(cause) } }

    public func resume(_ cause: ClaimPause) {
        let woken = state.withLock { state -> [CheckedContinuation<Bool, Never>] in
            state.pauses.remove(cause)
            guard state.pauses.isEmpty else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in woken { waiter.resume(returning: true) }
    }

    public func close() {
        let woken = state.withLock { state -> [CheckedContinuation<Bool, Never>] in
            state.closed = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in woken { waiter.resume(returning: false) }
    }

    /// Returns true once claiming may go on, false once the gate is closed.
    public func waitUntilOpen() async -> Bool {
        await withCheckedContinuation { continuation in
            let answer = state.withLock { state -> Bool? in
                if state.closed { return false }
                if state.pauses.isEmpty { return true }
                state.waiters.append(continuation)
                return nil
            }
            if let answer { continuation.resume(returning: answer) }
        }
    }
}
