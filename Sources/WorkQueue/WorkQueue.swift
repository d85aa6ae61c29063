/// What the daemon does with work, whatever keeps it: the folder spool (`Spool.FolderQueue`), a database
/// table (issue 16: PostgreSQL), or `InMemoryQueue` in tests. The daemon's core (workers, processor,
/// recovery) talks only to this protocol, so its decisions are tested without files or processes.
///
/// The contract every implementation keeps, which is what makes "exactly one line per delivered input"
/// survive a crash at any point:
/// - `claim` hands an input to one claimer only. A claim carries a lease (when it lapses unless renewed;
///   nil when the claim lives as long as the claimer's process, as in the folder spool, whose instance
///   lock the kernel drops on death) and a fencing token (`attempt`): a later claim of the same input has
///   a higher attempt, and a commit with a stale one is refused (`CommitOutcome.fenced`).
/// - `commit` makes the line durable first and only then moves the input on. A crash between the two
///   leaves the input claimed with its line written; `recover` reports that as `.lineWritten`, and
///   recovery only moves it on.
/// - A commit whose reply is lost (a dropped database connection) is settled by `lookUp`: the queue is
///   asked what became of the claim instead of guessing, and the line is never written twice.
public protocol WorkQueue: Sendable {
    /// Waits until work is there and claiming is not paused, then claims up to `limit` inputs (at least
    /// one). Returns an empty batch once the queue is closed. Inputs that vanish or are taken by another
    /// claimer while this one tries are skipped, never reported as claimed.
    func claim(upTo limit: Int) async -> [QueueClaim]

    /// The claimed input's bytes, opened safely (no links followed, only a regular file within
    /// `maxBytes`), or why it was not read.
    func read(_ claim: QueueClaim, maxBytes: Int) async -> ClaimedContent

    /// Writes the claim's line; `whenSettled` runs once the line is durable and the input has moved on
    /// (or once that is known to have failed). Returns as soon as the line is accepted, so a worker can
    /// take its next input while a group commit is pending. A failure line is a commit too (`fail`).
    func commit(_ claim: QueueClaim, line: QueueLine, whenSettled: @escaping @Sendable (CommitOutcome) -> Void) async

    /// What became of a claim: after a commit whose reply was lost, or when recovery must decide.
    func lookUp(_ claim: QueueClaim) async throws(QueueError) -> ClaimState

    /// Claims left by claimers that are gone (a crashed daemon, a lapsed lease), now held by this one
    /// until `endRecovery`. Each says whether its line was already written.
    func recover() async throws(QueueError) -> [RecoveredClaim]

    /// Writes down that the recovered claim is about to be analysed again (it raises the claim's
    /// `recoveryAttempts` for the next recovery, which bounds a poison input's deaths) and returns the
    /// claim with its new fencing token.
    func beginAttempt(_ claim: QueueClaim) async throws(QueueError) -> QueueClaim

    /// Where an isolated analysis of `claim` leaves word if the daemon dies while it runs (the sign the
    /// death came from outside); nil when the queue keeps no such record.
    func orphanWitness(for claim: QueueClaim) -> String?

    /// Moves on a recovered claim whose line is already written (`.lineWritten`).
    func settle(_ claim: QueueClaim, _ disposition: Disposition) async throws(QueueError)

    /// Lets go of what `recover` held (the dead claimers' locks) once every recovered claim is settled.
    func endRecovery() async

    /// Stops claiming for `cause` until `resume(cause)`: inputs stay where they are. Causes add up;
    /// claiming goes on when none is left. Waiting claimers are woken by the resume, never by polling.
    func pause(_ cause: ClaimPause) async

    func resume(_ cause: ClaimPause) async

    /// Shutdown: waiting and later claimers get an empty batch. Claimed inputs stay claimed.
    func close() async
}

extension WorkQueue {
    /// A failure line for `claim`: its input goes to the failed state once the line is durable.
    public func fail(_ claim: QueueClaim, failureLine: [UInt8], whenSettled: @escaping @Sendable (CommitOutcome) -> Void) async {
        await commit(claim, line: .failure(failureLine), whenSettled: whenSettled)
    }
}
