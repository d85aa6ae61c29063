/// The group commit's lifecycle as a value: each event returns the one action the appender must take,
/// so the rule "a sync starts at once unless one started less than `interval` ago (then at that mark)
/// or one is running (then right after it)" is one function, tested without a disk or a clock.
struct GroupCommit: Sendable, Equatable {
    enum Phase: Sendable, Equatable {
        /// No sync running, none scheduled.
        case idle
        /// A timer runs until `due`; lines written meanwhile join the sync it starts.
        case waitingForTimer(due: Duration)
        /// A sync is running; lines written meanwhile wait for the next one.
        case syncing
    }

    enum Action: Sendable, Equatable {
        case nothing
        /// Start a sync now, covering every line waiting.
        case startSync
        /// Start a timer that reports `timerFired` at `due` (the appender's clock).
        case startTimer(due: Duration)
    }

    private(set) var phase = Phase.idle
    private(set) var lastSyncStarted: Duration?
    /// The least time between the starts of two syncs.
    var interval: Duration

    init(interval: Duration) { self.interval = interval }

    /// A line was written and waits for a sync.
    mutating func lineWritten(at now: Duration) -> Action {
        guard phase == .idle else { return .nothing }
        return startOrWait(at: now)
    }

    mutating func timerFired(at now: Duration, linesWaiting: Bool) -> Action {
        guard case .waitingForTimer = phase else { return .nothing }
        phase = .idle
        return linesWaiting ? startOrWait(at: now) : .nothing
    }

    /// The running sync ended (durable or not); lines written during it get theirs next.
    mutating func syncFinished(at now: Duration, linesWaiting: Bool) -> Action {
        guard phase == .syncing else { return .nothing }
        phase = .idle
        return linesWaiting ? startOrWait(at: now) : .nothing
    }

    /// A flush at shutdown: sync now whatever the interval. Only when no sync runs.
    mutating func forceSync(at now: Duration) -> Action {
        guard phase != .syncing else { return .nothing }
        phase = .syncing
        lastSyncStarted = now
        return .startSync
    }

    private mutating func startOrWait(at now: Duration) -> Action {
        if let last = lastSyncStarted, now < last + interval {
            phase = .waitingForTimer(due: last + interval)
            return .startTimer(due: last + interval)
        }
        phase = .syncing
        lastSyncStarted = now
        return .startSync
    }
}

/// Whether the log can be written: the appender reports a change of state once, not every failed retry.
enum LogHealth: Sendable, Equatable {
    case writable
    case troubled

    /// An operation failed; true when that is news (the owner is told and claiming pauses).
    mutating func failed() -> Bool {
        defer { self = .troubled }
        return self == .writable
    }

    /// An operation succeeded; true when the log was troubled until now (the owner is told it is back).
    mutating func succeeded() -> Bool {
        defer { self = .writable }
        return self == .troubled
    }
}
