import ArticleAnalysis
public import Spool
import Synchronization
public import WorkQueue

/// The shared PostgreSQL queue behind the queue seam: what the daemon's workers claim, read and commit
/// when `queue.engine` is `postgres`. Claims come from every host's deliveries (`PostgresWorkQueue`); a
/// claim's bytes travel with it, so `read` touches no file. The lease is the database's: a claim that
/// outlives it may be fenced at commit, and the claimer hears `.fenced`.
///
/// While the database cannot be reached, claimers wait with back-off (1 s doubling to 30 s) and
/// `databaseProblem` says why, for STATUS; the first claim that succeeds clears it.
public final class SharedWorkQueue: WorkQueue {
    /// Jobs a worker claims at once (spec: workers claim batches). A claim is a statement and a
    /// synchronous commit of its own, so eight per claim leave one claim round trip and WAL flush per
    /// eight files instead of per file. Small, because the batch is held while its first jobs are
    /// analysed: a daemon that dies holding it makes all of it suspects on the next host (analysed
    /// isolated, each lapse counted), and a host with a long batch leaves less work to idle hosts.
    public static let claimBatch = 8

    public let database: PostgresWorkQueue
    public let gate: ClaimGate
    /// The longest an idle claimer waits before asking the database again; it starts at a 50th of it.
    private let idlePoll: Duration
    /// The daemon's clock: hold times for the renewal cap, back-offs and idle waits.
    private let clock: any DaemonClock
    private let held = Mutex<[QueueClaim: HeldJob]>([:])
    private let problem = Mutex<String?>(nil)
    /// Told when the database becomes unreachable (with why) and when it is back (nil), once per change.
    private let onProblemChange: @Sendable (String?) -> Void
    /// Links results lines to near-duplicates committed by other hosts; nil leaves lines as they come.
    private let duplicates: CrossHostDuplicates?
    /// Whether the lines of one claim batch are committed together (see `commit`).
    private let commitsBatchesTogether: Bool
    /// Claim batches whose lines are being gathered, by batch number: the claims still to be committed and
    /// the lines already given.
    private let openBatches = Mutex<(next: Int, open: [Int: OpenBatch])>((0, [:]))

    /// `nearDuplicateThreshold`: link across hosts at this threshold (the analysis option); nil: never.
    /// `commitsBatchesTogether`: the lines of a claim batch go in one transaction, once the last is given
    /// (the daemon's workers, which analyse a whole batch before claiming again); otherwise each commits
    /// when given.
    public init(
        database: PostgresWorkQueue, gate: ClaimGate = ClaimGate(), idlePoll: Duration = .milliseconds(500),
        nearDuplicateThreshold: Double? = nil, commitsBatchesTogether: Bool = false, clock: any DaemonClock = SystemClock(),
        onProblemChange: @escaping @Sendable (String?) -> Void = { _ in }
    ) {
        self.database = database
        self.commitsBatchesTogether = commitsBatchesTogether
        self.gate = gate
        self.idlePoll = idlePoll
        self.clock = clock
        duplicates = nearDuplicateThreshold.map(CrossHostDuplicates.init)
        self.onProblemChange = onProblemChange
    }

    /// Why shared work is not being claimed right now (the database is unreachable), or nil.
    public var databaseProblem: String? { problem.withLock { $0 } }

    /// Claims held and not yet committed.
    public var heldCount: Int { held.withLock { $0.count } }

    /// A claim this host works on: its job, since when (for the renewal cap), and whether its lease is
    /// still renewed (not once its commit's outcome is unknown: the lease then settles it).
    struct HeldJob {
        let job: QueuedJob
        let since: Duration
        /// The claim batch whose lines commit together, nil when this claim commits alone.
        let batch: Int?
        var renewed = true
    }

    /// A claim batch being gathered: the claims whose lines are still to come, and the lines given so far.
    struct OpenBatch {
        var waiting: Set<QueueClaim>
        var given: [GivenLine] = []
    }

    /// A line given to `commit` and waiting for its batch's transaction.
    struct GivenLine {
        let claim: QueueClaim
        let commit: JobCommit
        let whenSettled: @Sendable (CommitOutcome) -> Void
    }

    /// Renews the leases of the claims held for less than `longestHold(job)` (the job's isolated
    /// analysis limit: past it even a runaway analysis should be taken over); how many were renewed.
    @discardableResult
    public func renewLeases(longestHold: (QueuedJob) -> Duration) async throws -> Int {
        let now = clock.uptime()
        let leases = held.withLock { held in
            held.values.filter { $0.renewed && now - $0.since < longestHold($0.job) }
                .map { PostgresWorkQueue.HeldLease(id: $0.job.id, attempt: $0.job.attempt) }
        }
        return try await database.renew(leases)
    }

    public func claim(upTo limit: Int) async -> [QueueClaim] {
        var idle = idlePoll / 50
        var backOff = Duration.seconds(1)
        while await gate.waitUntilOpen() {
            do {
                let jobs = try await database.claim(limit: max(1, limit))
                report(nil)
                backOff = .seconds(1)
                if !jobs.isEmpty { return hold(jobs, asBatch: commitsBatchesTogether) }
                await pauseUnlessClosed(idle)
                idle = min(idle * 2, idlePoll)
            } catch {
                report("\(error); retrying in \(backOff)")
                await pauseUnlessClosed(backOff)
                backOff = min(backOff * 2, .seconds(30))
            }
        }
        return []
    }

    public func read(_ claim: QueueClaim, maxBytes: Int) async -> ClaimedContent {
        guard let job = held.withLock({ $0[claim]?.job }) else {
            return .rejected(.internal, message: "the shared queue holds no claim \(claim.delivery)", status: nil)
        }
        let status = FileStatus(size: job.bytes.count, changedAt: job.receivedAt)
        if job.bytes.count > maxBytes {
            return .rejected(.tooLarge, message: "\(job.bytes.count) bytes is over the limit of \(maxBytes) (maxFileBytes); not read", status: status)
        }
        return .bytes(job.bytes, status: status)
    }

    /// Commits in the database; the local logs get the line later through the export rows, so a line is
    /// settled as soon as its transaction is. A claim of a batch that commits together only gives its line
    /// here and returns; the last line of the batch commits them all in one transaction (one synchronous
    /// commit, one WAL flush waited for, per batch instead of per file), each under its own fencing token,
    /// and every `whenSettled` hears its own outcome then. Until then the lines are in memory only: a
    /// daemon that dies before leaves the whole batch to the next claimer, as a dead daemon's claimed batch
    /// always was. A claim taken over from a dead claimer (analysed isolated, maybe for seconds) commits alone.
    public func commit(_ claim: QueueClaim, line: QueueLine, whenSettled: @escaping @Sendable (CommitOutcome) -> Void) async {
        guard let held = held.withLock({ $0[claim] }) else { return whenSettled(.unknown("the shared queue holds no claim \(claim.delivery)")) }
        let outcome: CommittedLine.Outcome = switch line {
        case .result: .result
        case .failure: .failure
        }
        let text = String(decoding: line.bytes, as: UTF8.self)
        let probe = outcome == .result ? duplicates?.probe(for: text) : nil
        let duplicates = duplicates
        let given = GivenLine(claim: claim, commit: JobCommit(job: held.job, probe: probe) { candidates in
            guard let probe, let duplicates else { return CommittedLine(outcome, text) }
            return CommittedLine(outcome, duplicates.link(text, probe: probe, candidates: candidates))
        }, whenSettled: whenSettled)
        let due: [GivenLine]? = openBatches.withLock { batches in
            guard let number = held.batch, var batch = batches.open[number], batch.waiting.remove(claim) != nil else { return [given] }
            batch.given.append(given)
            batches.open[number] = batch.waiting.isEmpty ? nil : batch
            return batch.waiting.isEmpty ? batch.given : nil
        }
        if let due { await commit(due) }
    }

    /// One transaction for `lines`; each claim is released once its outcome is known.
    private func commit(_ lines: [GivenLine]) async {
        do {
            let outcomes = try await database.commit(lines.map(\.commit))
            for (given, outcome) in zip(lines, outcomes) {
                release(given.claim)
                given.whenSettled(outcome == .fenced ? .fenced : .settled)
            }
        } catch {
            // Unknown until looked up; meanwhile the leases are left to lapse, so if the lookup cannot be
            // made the jobs are taken over (and these claims fenced) rather than held for ever.
            held.withLock { held in for given in lines { held[given.claim]?.renewed = false } }
            for given in lines { given.whenSettled(.unknown("\(error)")) }
        }
    }

    public func lookUp(_ claim: QueueClaim) async throws(QueueError) -> ClaimState {
        guard let job = held.withLock({ $0[claim]?.job }) else { return .unknown }
        do {
            switch try await database.settle(job) {
            case .none: return .claimed
            case .committed?: release(claim); return .settled
            case .fenced?: release(claim); return .claimedByOther(attempt: job.attempt + 1)
            }
        } catch {
            throw QueueError(operation: "look up \(claim.delivery) in the shared queue", message: "\(error)")
        }
    }

    /// Jobs whose claimer (on any host) let its lease lapse: claimed now, for recovery to analyse in its
    /// isolated child. Their earlier claims count as deaths (`recoveryAttempts`), which bounds a poison file.
    public func recover() async throws(QueueError) -> [RecoveredClaim] {
        do {
            var recovered: [RecoveredClaim] = []
            while true {
                let jobs = try await database.claim(limit: 64, abandonedOnly: true)
                if jobs.isEmpty { return recovered }
                recovered += hold(jobs, asBatch: false).map { RecoveredClaim(claim: $0, state: .claimed) }
            }
        } catch {
            throw QueueError(operation: "recover abandoned jobs from the shared queue", message: "\(error)")
        }
    }

    /// The database raised the attempt when this claim was taken: nothing more to write down.
    public func beginAttempt(_ claim: QueueClaim) async throws(QueueError) -> QueueClaim { claim }

    public func orphanWitness(for claim: QueueClaim) -> String? { nil }

    /// `recover` never reports a written line (the line and the job's removal are one transaction).
    public func settle(_ claim: QueueClaim, _ disposition: Disposition) async throws(QueueError) { release(claim) }

    public func endRecovery() async {}

    public func pause(_ cause: ClaimPause) async { gate.pause(cause) }
    public func resume(_ cause: ClaimPause) async { gate.resume(cause) }
    public func close() async { gate.close() }

    private func report(_ now: String?) {
        let changed = problem.withLock { current -> Bool in
            defer { current = now }
            return (current == nil) != (now == nil)
        }
        if changed { onProblemChange(now) }
    }

    /// `asBatch`: the first claims of these jobs (not those taken over from a dead claimer) commit together.
    private func hold(_ jobs: [QueuedJob], asBatch: Bool) -> [QueueClaim] {
        let claims = jobs.map { job in
            QueueClaim(delivery: job.delivery, name: EntryName(job.name), attempt: job.attempt, recoveryAttempts: job.earlierAttempts)
        }
        let together = Set(asBatch ? claims.filter { $0.recoveryAttempts == 0 } : [])
        let batch: Int? = together.count > 1 ? openBatches.withLock { batches in
            batches.next += 1
            batches.open[batches.next] = OpenBatch(waiting: together)
            return batches.next
        } : nil
        let now = clock.uptime()
        held.withLock { held in
            for (claim, job) in zip(claims, jobs) {
                held[claim] = HeldJob(job: job, since: now, batch: together.contains(claim) ? batch : nil)
            }
        }
        return claims
    }

    private func release(_ claim: QueueClaim) { _ = held.withLock { $0.removeValue(forKey: claim) } }

    /// Sleeps `duration` in short steps, returning early once the queue is closed (shutdown must not wait
    /// out a 30 s back-off).
    private func pauseUnlessClosed(_ duration: Duration) async {
        var left = duration
        while left > .zero, !gate.isClosed {
            let step = min(left, .milliseconds(100))
            try? await clock.sleep(for: step)
            left -= step
        }
    }
}
