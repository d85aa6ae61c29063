public import Logging
public import WorkQueue

/// The only owner of one log's descriptor. `append` writes the line and runs `whenDurable` once it is
/// durable under the policy; with `interval`, lines share one fdatasync (group commit) and the caller
/// does not wait for it, so a worker moves on to its next article while the sync is pending (waiting
/// would cap throughput at workers per interval). The interval is the least time between the starts of
/// two syncs, not a delay: the first line after a quiet interval is synced at once (a lone article is
/// durable in one disk flush, not in interval + flush), and the flush itself runs on a duplicated
/// descriptor off the actor, so appends go on during it. A write that
/// fails (disk full, read-only directory, vanished file) is retried with back-off for as long as it takes,
/// and the owner is told through `onTrouble` so it can stop claiming: a line is never dropped.
public actor LogAppender {
    public nonisolated let path: RawPath
    private let log: JSONLinesLog
    private var policy: DurabilityPolicy
    private var rotation: RotationPolicy
    private let logger: Logger
    private let onTrouble: @Sendable (LogTrouble?) -> Void
    private let clock: any DaemonClock
    /// Lines written and waiting for the sync that covers them, with what to run once it has.
    private var waitingForSync: [@Sendable () -> Void] = []
    private var groupCommit: GroupCommit
    /// A flush waiting for the running sync to end: resumed by that end, not by polling.
    private var syncEndWaiters: [CheckedContinuation<Void, Never>] = []
    private var health = LogHealth.writable

    /// What opening the log found at its end (a torn line from a crash), for the caller to report.
    public nonisolated let repairedTail: TailRepair?

    public init(
        path: RawPath, policy: DurabilityPolicy, rotation: RotationPolicy, logger: Logger,
        clock: any DaemonClock = SystemClock(), onTrouble: @escaping @Sendable (LogTrouble?) -> Void
    ) throws(SystemError) {
        self.path = path
        log = try JSONLinesLog(path: path)
        repairedTail = log.repairedTail
        self.policy = policy
        self.rotation = rotation
        self.logger = logger
        self.onTrouble = onTrouble
        self.clock = clock
        groupCommit = GroupCommit(interval: policy.groupInterval)
    }

    /// Appends `line` (one JSON object, without the newline); returns once it is written, and calls
    /// `whenDurable` (on this actor, so keep it short) once it is durable per the policy.
    public func append(_ line: [UInt8], whenDurable: @escaping @Sendable () -> Void) async {
        let bytes = line + [UInt8(ascii: "\n")]
        let written = await retryUntilDone("append to") { () throws(SystemError) in
            if log.isDetached() { try log.reopen() }
            try log.append(bytes)
        }
        // Stopped while the log was unwritable: the input stays claimed and recovery analyses it again.
        guard written else { return }
        switch policy {
        case .never:
            whenDurable()
            await rotate()
        case .always:
            guard await retryUntilDone("sync", { () throws(SystemError) in try log.sync() }) else { return }
            whenDurable()
            await rotate()
        case .interval:
            waitingForSync.append(whenDurable)
            perform(groupCommit.lineWritten(at: clock.uptime()))
        }
    }

    /// Appends `line` and waits until it is durable.
    public func append(_ line: [UInt8]) async {
        let (durable, signal) = AsyncStream.makeStream(of: Void.self)
        await append(line) { signal.finish() }
        for await _ in durable {}
    }

    /// New durability and rotation settings (a configuration reload); the next line uses them.
    public func update(policy: DurabilityPolicy, rotation: RotationPolicy) {
        self.policy = policy
        self.rotation = rotation
        groupCommit.interval = policy.groupInterval
    }

    /// SIGHUP: open the path again, for external log rotation.
    public func reopen() {
        do { try log.reopen() } catch {
            logger.error("cannot reopen the log", metadata: ["log.path": "\(path)", "error": "\(error)"])
        }
    }

    /// Does nothing, on this actor: that it returns shows the writer is not wedged (the watchdog asks).
    public func heartbeat() {}

    /// Syncs whatever is pending and wakes every waiter: called at shutdown. Waits for a running sync to
    /// end first (woken by its end), then syncs the rest at once, whatever the interval.
    public func flush() async {
        while groupCommit.phase == .syncing {
            await withCheckedContinuation { syncEndWaiters.append($0) }
        }
        guard !waitingForSync.isEmpty else { return }
        if groupCommit.forceSync(at: clock.uptime()) == .startSync { await runSync() }
    }

    private func perform(_ action: GroupCommit.Action) {
        switch action {
        case .nothing: break
        case .startSync: Task { await self.runSync() }
        case let .startTimer(due):
            Task { [clock] in
                try? await clock.sleep(until: due)
                await self.timerFired()
            }
        }
    }

    private func timerFired() {
        perform(groupCommit.timerFired(at: clock.uptime(), linesWaiting: !waitingForSync.isEmpty))
    }

    /// One group sync of every line waiting, off the actor on a duplicated descriptor; on any error, back
    /// to the blocking retry loop.
    private func runSync() async {
        let waiters = waitingForSync
        waitingForSync = []
        var durable = false
        if let handle = try? log.syncHandle() { durable = await handle.syncAndClose() == nil }
        if !durable { durable = await retryUntilDone("sync") { () throws(SystemError) in try log.sync() } }
        // Not synced (cancelled at shutdown): the waiters are dropped, their inputs stay claimed, and
        // recovery finds their lines in the log at the next start and only moves them on.
        if durable {
            for waiter in waiters { waiter() }
            await rotate()
        }
        let next = groupCommit.syncFinished(at: clock.uptime(), linesWaiting: durable && !waitingForSync.isEmpty)
        let flushers = syncEndWaiters
        syncEndWaiters = []
        for flusher in flushers { flusher.resume() }
        perform(next)
    }

    private func rotate() async {
        await retryUntilDone("rotate") { () throws(SystemError) in
            try log.rotateIfNeeded(maxBytes: rotation.maxBytes, keep: rotation.keep)
        }
    }

    /// Runs `operation` until it succeeds, backing off from 50 ms to 5 s, reporting trouble once and
    /// recovery once. Only the disk or a cancelled task (a shutdown past `shutdownSeconds`) ends this
    /// loop; false means it was given up, and the caller must not report the line durable.
    @discardableResult
    private func retryUntilDone(_ what: String, _ operation: () throws(SystemError) -> Void) async -> Bool {
        var delay = Duration.milliseconds(50)
        while true {
            do {
                try operation()
                if health.succeeded() {
                    onTrouble(nil)
                    logger.notice("log writable again", metadata: ["log.path": "\(path)"])
                }
                return true
            } catch {
                let reason: LogTrouble = error.isDiskFull
                    ? .diskFull(directory: "\(JSONLinesLog.parent(of: path))")
                    : .writeFailed(path: "\(path)", operation: what, error: "\(error)")
                if health.failed() {
                    onTrouble(reason)
                    logger.error("log write failed; retrying", metadata: ["log.path": "\(path)", "error": "\(error)"])
                }
                // A cancelled sleep returns at once: without this check a stop would spin here forever.
                if Task.isCancelled {
                    logger.warning("stopped while the log was unwritable; recovery will finish this line's input", metadata: ["log.path": "\(path)"])
                    return false
                }
                try? await clock.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
    }
}
