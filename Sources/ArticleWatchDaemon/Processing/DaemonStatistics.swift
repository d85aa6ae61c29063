import Foundation
import Synchronization

/// Counters the status line, the watchdog and the tests read. Updated by workers, read by the reporter.
public final class DaemonStatistics: Sendable {
    public struct Snapshot: Sendable, Equatable {
        public var analysed = 0
        public var failed = 0
        public var inFlight = 0
        public var queued = 0
        /// Why claiming is paused (disk full, unwritable log), or nil while running.
        public var pausedBecause: String?
        /// Set once recovery is done and the watcher is armed.
        public var ready = false
        /// Completions in the last rate window, and when it started (seconds since 1970).
        var windowCompletions = 0
        var windowStart = 0.0
        public var ratePerSecond = 0.0
        /// Last time a worker or the writer made progress, for the watchdog.
        public var lastProgress = 0.0
    }

    private let state = Mutex(Snapshot())

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) { state.withLock { change(&$0) } }

    func recordCompletion(failed: Bool, now: Double = Date().timeIntervalSince1970) {
        state.withLock { state in
            if failed { state.failed += 1 } else { state.analysed += 1 }
            state.windowCompletions += 1
            state.lastProgress = now
            let elapsed = now - state.windowStart
            if elapsed >= 5 {
                state.ratePerSecond = Double(state.windowCompletions) / elapsed
                state.windowCompletions = 0
                state.windowStart = now
            }
        }
    }
}
