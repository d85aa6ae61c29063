import Dispatch
import Foundation
import Synchronization

/// Delivers journal entries from one background thread, so no log call ever waits for journald.
///
/// `sd_journal_sendv` blocks once journald's socket queue is full (a stalled or overloaded journald).
/// A daemon that logged from its commit path or its watchdog loop would then stall too, and the watchdog
/// would kill it for journald's fault. So log calls only append to a bounded in-memory queue; when the queue
/// is full the entry is dropped and counted (``droppedCount``), and once journald drains again a warning entry
/// says how many were lost. Make one per process (``shared``); its thread lives as long as the process.
public final class JournalSender: Sendable {
    /// The sender every ``JournalLogHandler`` uses unless given another: identifier `articlewatch`, 4,096 entries.
    public static let shared = JournalSender()

    /// `SYSLOG_IDENTIFIER=` of every entry: the name `journalctl -t` and the log prefix show.
    public let syslogIdentifier: String
    /// Entries accepted but not yet handed to journald beyond which new ones are dropped.
    /// 4,096 entries of ~0.5 KiB is 2 MiB: minutes of per-article logging at normal rates while journald
    /// catches up, small next to the analysis working set.
    public let capacity: Int

    private struct State {
        var queue: [[[UInt8]]] = []
        /// Accepted and not yet sent (queued plus the batch the thread is working through).
        var outstanding = 0
        var dropped = 0
        var droppedReported = 0
        var failed = 0
        var lastError: Int32 = 0
        var threadIsWaiting = false
        /// `flush` callers waiting for `outstanding` to reach 0: signalled by the thread, no polling.
        var drainWaiters: [DispatchSemaphore] = []
    }

    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)
    private let transport: @Sendable ([[UInt8]]) -> Int32

    /// - Parameters:
    ///   - transport: sends one entry and returns 0 or a negative errno; `sd_journal_sendv` unless a test
    ///     substitutes a stalled one.
    public convenience init(syslogIdentifier: String = "articlewatch", capacity: Int = 4_096) {
        self.init(syslogIdentifier: syslogIdentifier, capacity: capacity, transport: Libsystemd.journalSend)
    }

    init(syslogIdentifier: String, capacity: Int, transport: @escaping @Sendable ([[UInt8]]) -> Int32) {
        self.syslogIdentifier = syslogIdentifier
        self.capacity = max(1, capacity)
        self.transport = transport
        let thread = Thread { [self] in self.run() }
        thread.name = "journal-sender"
        thread.start()
    }

    /// Entries dropped because the queue was full, since start.
    public var droppedCount: Int { state.withLock { $0.dropped } }
    /// Entries journald refused (`sd_journal_sendv` < 0, e.g. ECONNREFUSED from a dead journald), since start.
    public var failedCount: Int { state.withLock { $0.failed } }
    /// Entries accepted and not yet sent.
    public var outstandingCount: Int { state.withLock { $0.outstanding } }

    /// Queues one entry (`FIELD=value` byte strings). Never blocks: returns false when the entry was dropped.
    @discardableResult
    func enqueue(_ fields: [[UInt8]]) -> Bool {
        let (accepted, wake) = state.withLock { state -> (Bool, Bool) in
            guard state.outstanding < capacity else {
                state.dropped += 1
                return (false, false)
            }
            state.queue.append(fields)
            state.outstanding += 1
            let wake = state.threadIsWaiting
            state.threadIsWaiting = false
            return (true, wake)
        }
        if wake { wakeUp.signal() }
        return accepted
    }

    /// Waits until every accepted entry was handed to journald, or `timeout` passed. Call it before exit
    /// so the last lines (stopping, errors) are not lost; it returns false if journald is stalled.
    @discardableResult
    public func flush(timeout: Duration) -> Bool {
        let drained = DispatchSemaphore(value: 0)
        let alreadyDrained = state.withLock { state -> Bool in
            if state.outstanding == 0 { return true }
            state.drainWaiters.append(drained)
            return false
        }
        if alreadyDrained || BoundedWait.wait(for: drained, atMost: timeout) { return true }
        state.withLock { $0.drainWaiters.removeAll { $0 === drained } }
        return outstandingCount == 0
    }

    /// The thread's loop: take everything queued, send it entry by entry, report drops, sleep when idle.
    private func run() {
        while true {
            let batch = state.withLock { state -> [[[UInt8]]] in
                let batch = state.queue
                state.queue.removeAll(keepingCapacity: true)
                if batch.isEmpty { state.threadIsWaiting = true }
                return batch
            }
            if batch.isEmpty {
                wakeUp.wait()
                continue
            }
            for entry in batch {
                let result = transport(entry)
                let waiters = state.withLock { state -> [DispatchSemaphore] in
                    state.outstanding -= 1
                    if result < 0 {
                        state.failed += 1
                        state.lastError = -result
                    }
                    guard state.outstanding == 0 else { return [] }
                    defer { state.drainWaiters.removeAll() }
                    return state.drainWaiters
                }
                for waiter in waiters { waiter.signal() }
            }
            reportDrops()
        }
    }

    /// After journald accepted a batch again, one warning with the number of entries lost meanwhile.
    private func reportDrops() {
        let newlyDropped = state.withLock { state -> Int in
            let count = state.dropped - state.droppedReported
            state.droppedReported = state.dropped
            return count
        }
        guard newlyDropped > 0 else { return }
        let entry = [
            "MESSAGE=journal queue full: \(newlyDropped) log entries dropped while journald was not keeping up",
            "PRIORITY=4",
            "SYSLOG_IDENTIFIER=\(syslogIdentifier)",
            "DROPPED_ENTRIES=\(newlyDropped)",
        ].map { Array($0.utf8) }
        if transport(entry) < 0 { state.withLock { $0.failed += 1 } }
    }
}
