import Synchronization

/// A clock that moves only when a test says so (`advance`). Sleepers wake when the time they wait for
/// is reached, in deadline order; `sleepers` lets a test wait until the code under test is asleep.
public final class TestClock: DaemonClock {
    /// A sleeping task or a scheduled timer: `wake` resumes the one or fires the other.
    private struct Sleeper {
        let id: Int
        let deadline: Duration
        let wake: @Sendable () -> Void
        /// A sleeping task's cancellation (nil for a timer, whose cancel only stops it firing).
        let cancel: (@Sendable () -> Void)?
    }

    private struct State {
        var wall: Double
        var uptime: Duration = .zero
        var nextID = 0
        var sleepers: [Sleeper] = []
    }

    private let state: Mutex<State>

    /// `wall`: the wall time to start at, in seconds since 1970.
    public init(wall: Double = 1_767_225_600) { state = Mutex(State(wall: wall)) }

    public func now() -> Double { state.withLock { $0.wall } }
    public func uptime() -> Duration { state.withLock { $0.uptime } }

    /// How many tasks are asleep on this clock.
    public var sleepers: Int { state.withLock { $0.sleepers.count } }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let wakeNow = state.withLock { state -> Bool in
                    if duration <= .zero { return true }
                    state.sleepers.append(Sleeper(
                        id: id, deadline: state.uptime + duration, wake: { continuation.resume() },
                        cancel: { continuation.resume(throwing: CancellationError()) }))
                    return false
                }
                if wakeNow { continuation.resume() }
            }
        } onCancel: {
            let cancelled = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            cancelled?.cancel?()
        }
    }

    /// The timer fires when `advance` reaches its time; until then it counts among `sleepers`.
    public func schedule(after duration: Duration, _ action: @escaping @Sendable () -> Void) -> ClockTimer {
        let timer = ClockTimer(action)
        let fireNow = state.withLock { state -> Bool in
            if duration <= .zero { return true }
            state.nextID += 1
            state.sleepers.append(Sleeper(id: state.nextID, deadline: state.uptime + duration, wake: { timer.fire() }, cancel: nil))
            return false
        }
        if fireNow { timer.fire() }
        return timer
    }

    /// Moves wall and monotonic time on by `duration` and wakes every sleeper whose time has come.
    public func advance(by duration: Duration) {
        let due = state.withLock { state -> [Sleeper] in
            state.uptime += duration
            state.wall += duration.secondsValue
            let due = state.sleepers.filter { $0.deadline <= state.uptime }.sorted { $0.deadline < $1.deadline }
            state.sleepers.removeAll { $0.deadline <= state.uptime }
            return due
        }
        for sleeper in due { sleeper.wake() }
    }

    /// Steps the wall clock alone (an NTP correction): timers must not notice.
    public func stepWall(by seconds: Double) { state.withLock { $0.wall += seconds } }

    /// Waits (yielding, no clock time passes) until at least `count` tasks sleep on this clock.
    public func waitForSleepers(_ count: Int) async {
        while sleepers < count { await Task.yield() }
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var secondsValue: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
