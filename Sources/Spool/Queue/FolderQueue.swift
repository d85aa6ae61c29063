public import Logging
import Synchronization
public import WorkQueue

/// The folder spool behind the queue seam: the production `WorkQueue`. Inputs are files in `inbox/`
/// whose names the watcher offers (`offer`); a claim renames one into its own `processing/<delivery>/`;
/// a commit appends the line to the results or failures log and, once the line is durable, the mover
/// renames the input to `done/` or `failed/`. Claims last as long as this process: the instance lock
/// is the lease, dropped by the kernel when the process dies, so `attempt` only rises across recoveries.
public final class FolderQueue: WorkQueue {
    public let spool: Spool
    public let logs: ResultLogs
    public let gate: ClaimGate
    private let names = InboxNames()
    private let mover: InputMover
    private let clock: any DaemonClock
    private let logger: Logger
    private let keepProcessed: @Sendable () -> Bool
    /// The dead instances' claims `recover` holds until `endRecovery`.
    private let recovering = Mutex<[AbandonedClaims]>([])

    /// `keepProcessed`: whether a recovered claim whose results line is written goes to `done/` (read at
    /// recovery, so a reload applies).
    public init(
        spool: Spool, logs: ResultLogs, gate: ClaimGate, clock: any DaemonClock, logger: Logger,
        keepProcessed: @escaping @Sendable () -> Bool
    ) {
        self.spool = spool
        self.logs = logs
        self.gate = gate
        self.clock = clock
        self.logger = logger
        self.keepProcessed = keepProcessed
        mover = InputMover(spool: spool, logger: logger)
    }

    /// A name seen in the inbox (an inotify event or a scan): a hint, claimed when a claimer is free.
    public func offer(_ name: EntryName) async { await names.enqueue(name) }

    /// Names offered and not yet taken.
    public var waitingCount: Int { get async { await names.depth } }

    public func claim(upTo limit: Int) async -> [QueueClaim] {
        var claims: [QueueClaim] = []
        while claims.isEmpty {
            guard await gate.waitUntilOpen() else { return [] }
            guard let name = await names.next() else { return [] }
            // Paused while this claimer waited for a name, or too little free space: leave the file where it is.
            if !gate.admits() {
                await names.putBack(name)
                continue
            }
            if let claim = await claimOne(name) { claims.append(claim) }
        }
        while claims.count < limit, gate.admits(), let name = await names.takeIfAny() {
            if let claim = await claimOne(name) { claims.append(claim) }
        }
        return claims
    }

    private func claimOne(_ name: EntryName) async -> QueueClaim? {
        do { return try spool.claim(name) } catch {
            logger.error("cannot claim a file", metadata: ["article.file": "\(name)", "error": "\(error)"])
            try? await clock.sleep(for: .milliseconds(200))
            return nil
        }
    }

    public func read(_ claim: QueueClaim, maxBytes: Int) async -> ClaimedContent { spool.read(claim, maxBytes: maxBytes) }

    public func commit(_ claim: QueueClaim, line: QueueLine, whenSettled: @escaping @Sendable (CommitOutcome) -> Void) async {
        let disposition = line.disposition
        await logs.append(line) { [mover] in mover.move(claim, disposition, whenSettled: whenSettled) }
    }

    public func lookUp(_ claim: QueueClaim) async throws(QueueError) -> ClaimState {
        do {
            guard try Syscalls.linkStatus(spool.directory(of: claim)) != nil else { return .settled }
            return try lineState([claim.delivery])[claim.delivery] ?? .claimed
        } catch {
            throw QueueError(operation: "lookUp", message: "\(error)")
        }
    }

    /// Which of `tokens` already have a line, and in which log.
    private func lineState(_ tokens: Set<String>) throws(SystemError) -> [String: ClaimState] {
        let inResults = try DeliveryIndex.tokens(tokens, foundIn: Spool.recentLogFiles(logs.results.path))
        let inFailures = try DeliveryIndex.tokens(tokens.subtracting(inResults), foundIn: Spool.recentLogFiles(logs.failures.path))
        var states: [String: ClaimState] = [:]
        for token in inResults { states[token] = .lineWritten(.done(keep: keepProcessed())) }
        for token in inFailures { states[token] = .lineWritten(.failed) }
        return states
    }

    public func recover() async throws(QueueError) -> [RecoveredClaim] {
        do {
            let abandoned = try spool.abandonedClaims()
            recovering.withLock { $0.append(contentsOf: abandoned) }
            var recovered: [RecoveredClaim] = []
            for instance in abandoned {
                let states = try lineState(Set(instance.claims.map(\.delivery)))
                for claim in instance.claims { recovered.append(RecoveredClaim(claim: claim, state: states[claim.delivery] ?? .claimed)) }
            }
            return recovered
        } catch {
            throw QueueError(operation: "recover", message: "\(error)")
        }
    }

    public func beginAttempt(_ claim: QueueClaim) async throws(QueueError) -> QueueClaim {
        do { try spool.markRecoveryAttempt(claim) } catch { throw QueueError(operation: "beginAttempt", message: "\(error)") }
        return claim.nextAttempt()
    }

    public func orphanWitness(for claim: QueueClaim) -> String? {
        String(validating: spool.orphanMarker(for: claim).bytes, as: UTF8.self)
    }

    public func settle(_ claim: QueueClaim, _ disposition: Disposition) async throws(QueueError) {
        do { try spool.finish(claim, disposition) } catch { throw QueueError(operation: "settle", message: "\(error)") }
    }

    public func endRecovery() async {
        let held = recovering.withLock { held in
            defer { held = [] }
            return held
        }
        for instance in held {
            logger.notice("recovered claims of a stopped daemon", metadata: [
                "spool.instance": "\(instance.instanceID)", "recovery.claims": "\(instance.claims.count)",
            ])
            instance.release()
        }
    }

    public func pause(_ cause: ClaimPause) async { gate.pause(cause) }
    public func resume(_ cause: ClaimPause) async { gate.resume(cause) }

    public func close() async {
        gate.close()
        await names.close()
    }

    /// Syncs what the logs hold and waits for the moves of every durable line: at shutdown.
    public func flush() async {
        await logs.flush()
        await mover.drain()
    }
}
