import ArticleAnalysis

/// The queue held in memory, for tests of the daemon's core: the same contract as the folder spool
/// (claim once, line before move, fencing, recovery of a dead claimer's claims) with hooks to stage what
/// a crash or a lost reply leaves behind. Everything it was asked to do is kept for the test to read.
public actor InMemoryQueue: WorkQueue {
    /// An input and the time it was taken, as a `FileStatus` reports it.
    private struct Input {
        let name: EntryName
        let bytes: [UInt8]
    }

    private struct Held {
        var claim: QueueClaim
        let input: Input
        var lineWritten: Disposition?
    }

    private let clock: any DaemonClock
    private let leaseDuration: Duration?
    private var waiting: [Input] = []
    private var held: [String: Held] = [:]
    private var attempts: [EntryName: Int] = [:]
    private var finished: [String: Disposition] = [:]
    private var abandoned: [Held] = []
    private var pauses: Set<ClaimPause> = []
    private var closed = false
    private var claimers: [CheckedContinuation<Void, Never>] = []
    private var sequence = 0

    /// Lines committed, in order: results and failures.
    public private(set) var resultLines: [[UInt8]] = []
    public private(set) var failureLines: [[UInt8]] = []
    /// Where each finished input went, in the order they were moved on.
    public private(set) var moved: [(name: EntryName, disposition: Disposition)] = []
    /// Recovery attempts begun, by input name.
    public private(set) var attemptsBegun: [EntryName] = []
    /// True once `endRecovery` ran.
    public private(set) var recoveryEnded = false
    /// The next commit writes its line and moves the input on but reports `.unknown` (a lost reply).
    public var loseNextCommitReply = false
    /// Commits write their line and stop there, as if the claimer died before moving the input on.
    public var stopAfterLine = false

    /// `leaseDuration`: nil for claims that last as long as the claimer (the folder spool's kind).
    public init(clock: any DaemonClock, leaseDuration: Duration? = nil) {
        self.clock = clock
        self.leaseDuration = leaseDuration
    }

    /// Adds an input, as a producer would, and wakes a waiting claimer.
    public func add(_ name: String, _ bytes: [UInt8]) {
        waiting.append(Input(name: EntryName(name), bytes: bytes))
        wakeClaimers()
    }

    public var waitingCount: Int { waiting.count }
    public var claimedCount: Int { held.count }
    public var isPaused: Bool { !pauses.isEmpty }

    public func setLoseNextCommitReply(_ value: Bool) { loseNextCommitReply = value }
    public func setStopAfterLine(_ value: Bool) { stopAfterLine = value }

    public func claim(upTo limit: Int) async -> [QueueClaim] {
        while true {
            if closed { return [] }
            if pauses.isEmpty && !waiting.isEmpty { break }
            await withCheckedContinuation { claimers.append($0) }
        }
        let taken = waiting.prefix(max(1, limit))
        waiting.removeFirst(taken.count)
        return taken.map { input in
            sequence += 1
            let attempt = (attempts[input.name] ?? 0) + 1
            attempts[input.name] = attempt
            let claim = QueueClaim(
                delivery: "memory.\(sequence)", name: input.name, attempt: attempt,
                lease: leaseDuration.map { ClaimLease(expiresAt: clock.now() + Double($0.components.seconds)) })
            held[claim.delivery] = Held(claim: claim, input: input)
            return claim
        }
    }

    public func read(_ claim: QueueClaim, maxBytes: Int) async -> ClaimedContent {
        guard let input = held[claim.delivery]?.input ?? abandoned.first(where: { $0.claim.delivery == claim.delivery })?.input else {
            return .rejected(.unreadable, message: "the input vanished after it was claimed", status: nil)
        }
        let status = FileStatus(size: input.bytes.count, changedAt: clock.now())
        if input.bytes.count > maxBytes {
            return .rejected(.tooLarge, message: "\(input.bytes.count) bytes is over the limit of \(maxBytes) (maxFileBytes); not read", status: status)
        }
        return .bytes(input.bytes, status: status)
    }

    public func commit(_ claim: QueueClaim, line: QueueLine, whenSettled: @escaping @Sendable (CommitOutcome) -> Void) async {
        guard var entry = held[claim.delivery], entry.claim.attempt == claim.attempt, attempts[claim.name] == claim.attempt else {
            return whenSettled(.fenced)
        }
        switch line {
        case .result: resultLines.append(line.bytes)
        case .failure: failureLines.append(line.bytes)
        }
        if stopAfterLine {
            entry.lineWritten = line.disposition
            held[claim.delivery] = entry
            return
        }
        held[claim.delivery] = nil
        finished[claim.delivery] = line.disposition
        moved.append((claim.name, line.disposition))
        if loseNextCommitReply {
            loseNextCommitReply = false
            return whenSettled(.unknown("the reply to the commit was lost"))
        }
        whenSettled(.settled)
    }

    public func lookUp(_ claim: QueueClaim) async throws(QueueError) -> ClaimState {
        if finished[claim.delivery] != nil { return .settled }
        if let current = attempts[claim.name], current > claim.attempt { return .claimedByOther(attempt: current) }
        let entry = held[claim.delivery] ?? abandoned.first { $0.claim.delivery == claim.delivery }
        guard let entry else { return .unknown }
        return entry.lineWritten.map(ClaimState.lineWritten) ?? .claimed
    }

    /// The claimer dies: every held claim is left behind for the next `recover`, lines written or not.
    public func simulateCrash() {
        abandoned.append(contentsOf: held.values.sorted { $0.claim.delivery < $1.claim.delivery })
        held = [:]
    }

    /// Puts back, as a crash would have left them, claims with these recovery histories (for recovery's
    /// give-up rules).
    public func leaveAbandoned(_ name: String, _ bytes: [UInt8], recoveryAttempts: Int, orphanedAttempts: Int = 0) {
        sequence += 1
        let claim = QueueClaim(
            delivery: "memory.\(sequence)", name: EntryName(name), attempt: recoveryAttempts + 1,
            recoveryAttempts: recoveryAttempts, orphanedAttempts: orphanedAttempts)
        attempts[claim.name] = claim.attempt
        abandoned.append(Held(claim: claim, input: Input(name: claim.name, bytes: bytes)))
    }

    public func recover() async throws(QueueError) -> [RecoveredClaim] {
        recoveryEnded = false
        for index in abandoned.indices { held[abandoned[index].claim.delivery] = abandoned[index] }
        return abandoned.map { RecoveredClaim(claim: $0.claim, state: $0.lineWritten.map(ClaimState.lineWritten) ?? .claimed) }
    }

    public func beginAttempt(_ claim: QueueClaim) async throws(QueueError) -> QueueClaim {
        guard var entry = held[claim.delivery] else { throw QueueError(operation: "beginAttempt", message: "\(claim.delivery) is not held") }
        let next = claim.nextAttempt()
        attempts[claim.name] = next.attempt
        entry.claim = next
        held[claim.delivery] = entry
        attemptsBegun.append(claim.name)
        return next
    }

    public nonisolated func orphanWitness(for claim: QueueClaim) -> String? { nil }

    public func settle(_ claim: QueueClaim, _ disposition: Disposition) async throws(QueueError) {
        guard held.removeValue(forKey: claim.delivery) != nil else {
            throw QueueError(operation: "settle", message: "\(claim.delivery) is not held")
        }
        finished[claim.delivery] = disposition
        moved.append((claim.name, disposition))
    }

    public func endRecovery() async {
        abandoned = []
        recoveryEnded = true
    }

    /// Puts inputs whose lease has lapsed back in line; a commit under the old attempt is then fenced.
    public func reclaimExpiredLeases() {
        let now = clock.now()
        for (delivery, entry) in held where (entry.claim.lease?.expiresAt ?? .infinity) <= now {
            held[delivery] = nil
            waiting.append(entry.input)
        }
        wakeClaimers()
    }

    public func pause(_ cause: ClaimPause) async { pauses.insert(cause) }

    public func resume(_ cause: ClaimPause) async {
        pauses.remove(cause)
        if pauses.isEmpty { wakeClaimers() }
    }

    public func close() async {
        closed = true
        wakeClaimers()
    }

    private func wakeClaimers() {
        let woken = claimers
        claimers = []
        for claimer in woken { claimer.resume() }
    }
}
