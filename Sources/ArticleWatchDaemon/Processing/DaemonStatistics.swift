import Synchronization
public import Systemd
import Spool

/// Counters the status line, the watchdog and the tests read. Updated by workers, read by the reporter.
public final class DaemonStatistics: Sendable {
    public struct Snapshot: Sendable, Equatable {
        public var analysed = 0
        public var failed = 0
        public var queued = 0
        /// Why claiming is paused (disk full, unwritable log, low free space), or nil while running.
        public var pausedBecause: PauseReason?
        /// Set once recovery is done and the watcher is armed.
        public var ready = false
        /// Set when shutdown began: no new claims, in-flight articles finishing.
        public var stopping = false
        /// Articles finished (analysed or failed) since start: the status line's rate is taken over it by a
        /// `ThroughputMeter` in `StatusReporter`, so a stall shows as a falling rate.
        public var completed: Int { analysed + failed }
        /// The articles now in flight, by claim token, for the watchdog (`StatusReporter.isAlive`).
        public var running: [String: RunningArticle] = [:]
        public var inFlight: Int { running.count }
    }

    /// One article in flight: when it started, on the daemon clock's monotonic uptime (so a wall-clock step
    /// never makes a fresh article look stalled), and how long past the stall limit it may legitimately run.
    public struct RunningArticle: Sendable, Equatable {
        public let startedAt: Duration
        /// The wall-clock limit of an article analysed in an isolated child (zero in process): the child is
        /// killed at it, so until then the daemon waits on a bounded child, not a wedged worker, however
        /// long a loaded machine makes the analysis.
        public var isolatedFor: Duration = .zero

        /// In flight longer than `stallLimit` (plus its isolated child's limit): a wedged stage or writer.
        public func isStalled(now: Duration, stallLimit: Duration) -> Bool {
            now - startedAt >= stallLimit + isolatedFor
        }
    }

    private let state = Mutex(Snapshot())
    /// Signalled with `markReady`: the status reporter sends READY=1 the moment it happens.
    let readiness = OneTimeEvent()

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) { state.withLock { change(&$0) } }

    /// Recovery is done and the watcher is armed.
    func markReady() {
        update { $0.ready = true }
        readiness.signal()
    }

    /// `now`: the daemon clock's `uptime()`.
    func started(_ token: String, now: Duration) {
        state.withLock { $0.running[token] = RunningArticle(startedAt: now) }
    }

    /// The in-flight article `token` goes to an isolated child bounded by `wallClockLimit`.
    func isolating(_ token: String, wallClockLimit: Duration) {
        state.withLock { $0.running[token]?.isolatedFor = wallClockLimit }
    }

    /// The article's line is written (its move waits for the sync): it no longer counts as in flight.
    func written(_ token: String) {
        state.withLock { $0.running[token] = nil }
    }

    func recordCompletion(failed: Bool) {
        state.withLock { state in
            if failed { state.failed += 1 } else { state.analysed += 1 }
        }
    }
}

extension PauseReason {
    /// What the log appender reported, as the status line says it.
    init(_ trouble: LogTrouble) {
        switch trouble {
        case let .diskFull(directory): self = .diskFull(path: directory)
        case let .writeFailed(path, operation, error): self = .writeFailed(path: path, reason: "\(operation): \(error)")
        }
    }
}
