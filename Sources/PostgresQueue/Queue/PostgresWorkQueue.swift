/// The shared queue: deliveries from every host's inbox as jobs, claimed in batches under a lease, each
/// committed exactly once. A claim is one short committed statement that sets the lease and adds one to
/// `attempt`, the fencing token; the commit deletes the job only while `attempt` still matches, so a host
/// that stalled past its lease (and whose job was claimed again) writes nothing. A commit whose reply was
/// lost is settled by looking the delivery up, never by guessing.
public final class PostgresWorkQueue: Sendable {
    public let connection: PostgresConnection
    /// One connection per worker (`connection` alone when none is given): claims and commits go to the
    /// least busy, so workers do not queue behind each other's round trips and WAL flushes. Ingest and
    /// export keep to `connection`, outside the pool: the pool cannot see their calls, and with one worker
    /// it sent every claim and commit to `connection` (the first of two idle ones), where they waited
    /// behind the exporter's acknowledgements and their WAL flushes.
    let pool: ConnectionPool
    /// Lease renewal's own connection (`connection` when none is given): a renewal never queues behind a
    /// commit waiting on another host's locks, a batch ingest's WAL flush or an export, each of which can
    /// outlast a short lease on a loaded machine and make a live host's claims lapse.
    let leaseConnection: PostgresConnection
    /// This daemon's host name: the key of its deliveries and of its export rows.
    public let host: String
    public let leaseSeconds: Double
    /// How long a commit's transaction may sit idle: a claimer frozen inside it (a stopped process, a
    /// paused VM) holds its job row and band locks, and every other host's commit near its bands would wait
    /// behind it. The server ends such a transaction after two leases idle (one would also cut off a live
    /// claimer that a loaded machine left unscheduled for a lease between two statements); a commit cut
    /// off this way is settled and retried like any lost connection.
    private let boundIdleTransaction: String
    /// Test hooks around the COMMIT statement, to lose it or its reply on purpose.
    let faults: CommitFaults
    /// The lines committed here, for this host's exporter (once it opens it).
    public let outbox = CommittedLineOutbox()

    public convenience init(
        connection: PostgresConnection, host: String, leaseSeconds: Double, workerConnections: [PostgresConnection] = [],
        leaseConnection: PostgresConnection? = nil
    ) {
        self.init(
            connection: connection, host: host, leaseSeconds: leaseSeconds, faults: CommitFaults(), workerConnections: workerConnections,
            leaseConnection: leaseConnection)
    }

    init(
        connection: PostgresConnection, host: String, leaseSeconds: Double, faults: CommitFaults, workerConnections: [PostgresConnection] = [],
        leaseConnection: PostgresConnection? = nil
    ) {
        self.connection = connection
        pool = ConnectionPool(workerConnections.isEmpty ? [connection] : workerConnections)
        self.leaseConnection = leaseConnection ?? connection
        self.host = host
        self.leaseSeconds = leaseSeconds
        boundIdleTransaction = "SET LOCAL idle_in_transaction_session_timeout = \(max(2000, Int(leaseSeconds * 2000)))"
        self.faults = faults
    }

    // MARK: Ingest

    /// Queues a delivered file. Keyed by (host, delivery): retrying after a lost reply queues nothing
    /// twice, and a delivery whose line is already committed is not queued again.
    public func ingest(delivery: String, name: String, bytes: [UInt8], receivedAt: Double) async throws -> IngestOutcome {
        let host = host
        return try await connection.run { session in
            try Self.insert(session, host: host, IngestedFile(delivery: delivery, name: name, bytes: bytes, receivedAt: receivedAt))
        }
    }

    /// Queues several delivered files in one transaction: one synchronous commit (a WAL flush the
    /// ingester waits on) for all of them instead of one each. All or none: after an error nothing of
    /// the batch is queued, and retrying it is safe for the same reasons `ingest`'s retry is.
    public func ingest(_ files: [IngestedFile]) async throws -> [IngestOutcome] {
        let host = host
        return try await connection.run { session in
            guard files.count > 1 else { return try files.map { try Self.insert(session, host: host, $0) } }
            return try session.transaction { try files.map { try Self.insert(session, host: host, $0) } }
        }
    }

    private static func insert(_ session: PostgresSession, host: String, _ file: IngestedFile) throws -> IngestOutcome {
        let inserted = try session.preparedQuery("""
            INSERT INTO aw_jobs (host, delivery, name, bytes, received_at)
            SELECT $1, $2, $3, $4, $5
            WHERE NOT EXISTS (SELECT 1 FROM aw_deliveries WHERE host = $1 AND delivery = $2)
            ON CONFLICT (host, delivery) DO NOTHING
            """, [.text(host), .text(file.delivery), .text(file.name), .bytes(file.bytes), .double(file.receivedAt)])
        if inserted.affected == 1 { return .queued }
        if case .committed = try state(session, host: host, delivery: file.delivery) { return .alreadyCommitted }
        return .alreadyQueued
    }

    /// Where one of this host's deliveries stands: recovery of a local claim asks this before queuing again.
    public func state(ofDelivery delivery: String) async throws -> DeliveryState {
        let host = host
        return try await connection.run { try Self.state($0, host: host, delivery: delivery) }
    }

    static func state(_ session: PostgresSession, host: String, delivery: String) throws -> DeliveryState {
        let result = try session.preparedQuery("SELECT result_id FROM aw_deliveries WHERE host = $1 AND delivery = $2", [.text(host), .text(delivery)])
        if let id = result.int(0, "result_id") { return .committed(resultID: id) }
        let job = try session.preparedQuery("SELECT attempt FROM aw_jobs WHERE host = $1 AND delivery = $2", [.text(host), .text(delivery)])
        if let attempt = job.int(0, "attempt") { return .queued(attempt: attempt) }
        return .absent
    }

    // MARK: Claim

    /// Leases up to `limit` claimable jobs (never leased, or leased and expired), oldest first. Rows other
    /// claimers hold are skipped, not waited for, so claimers on every host never get the same job.
    /// `abandonedOnly`: only jobs whose earlier claim lapsed (for recovery, which isolates them).
    public func claim(limit: Int, abandonedOnly: Bool = false) async throws -> [QueuedJob] {
        let host = host
        let lease = leaseSeconds
        let claimable = abandonedOnly ? "lease_until < clock_timestamp()" : "lease_until IS NULL OR lease_until < clock_timestamp()"
        let rows = try await pool.run { session in
            try session.preparedQuery("""
                WITH picked AS (
                    SELECT id FROM aw_jobs
                    WHERE \(claimable)
                    ORDER BY id LIMIT $1
                    FOR UPDATE SKIP LOCKED)
                UPDATE aw_jobs AS job
                SET attempt = job.attempt + 1, state = 'leased', claimed_by = $3,
                    lease_until = clock_timestamp() + $2 * interval '1 second'
                FROM picked WHERE job.id = picked.id
                RETURNING job.id, job.host, job.delivery, job.name, job.bytes, job.received_at, job.attempt
                """, [.int(limit), .double(lease), .text(host)])
        }
        return (0..<rows.count).compactMap { row in
            guard let id = rows.int(row, "id"), let origin = rows.text(row, "host"), let delivery = rows.text(row, "delivery"),
                  let name = rows.text(row, "name"), let bytes = rows.bytes(row, "bytes"),
                  let receivedAt = rows.text(row, "received_at").flatMap(Double.init), let attempt = rows.int(row, "attempt")
            else { return nil }
            return QueuedJob(id: id, host: origin, delivery: delivery, name: name, bytes: bytes, receivedAt: receivedAt, attempt: attempt)
        }.sorted { $0.id < $1.id }
    }

    // MARK: Commit

    /// Writes `line` for `job` and removes the job, in one transaction, only if this claim still holds it.
    public func commit(_ job: QueuedJob, line: CommittedLine) async throws -> JobCommitOutcome {
        try await commit(job, probe: nil) { _ in line }
    }

    /// As `commit(_:line:)`, with the near-duplicate step: the probe's band keys are locked, candidates
    /// read, and `makeLine` builds the line from them inside the transaction. If the connection fails
    /// mid-commit the outcome is settled by looking the delivery up; a commit that certainly did not
    /// happen, while the claim still holds, is tried again (up to three times).
    public func commit(
        _ job: QueuedJob, probe: NearDuplicateProbe?, makeLine: @escaping @Sendable ([DuplicateCandidate]) -> CommittedLine
    ) async throws -> JobCommitOutcome {
        try await commit([JobCommit(job: job, probe: probe, makeLine: makeLine)])[0]
    }

    /// Several claimed jobs' lines in one transaction, each under its own fencing token: a job whose
    /// attempt no longer matches is `.fenced` and writes nothing, the others commit together. One
    /// synchronous commit (one WAL flush the worker waits on) for all of them instead of one each: with
    /// two daemons on two cores those flushes were the waits that left a core idle. The outcomes are in
    /// the jobs' order. A lost connection is settled job by job, as for one job; the jobs that certainly
    /// did not commit and are still held are tried again together (up to three times).
    public func commit(_ jobs: [JobCommit]) async throws -> [JobCommitOutcome] {
        var outcomes = [JobCommitOutcome?](repeating: nil, count: jobs.count)
        var tries = 0
        while true {
            tries += 1
            let open = outcomes.indices.filter { outcomes[$0] == nil }
            do {
                let committed = try await pool.run { [self] session in try commitTransaction(session, open.map { jobs[$0] }) }
                for (index, outcome) in zip(open, committed) { outcomes[index] = outcome }
                return outcomes.map { $0! }
            } catch let error as PostgresError where error.isConnectionProblem {
                for index in open { outcomes[index] = try await settle(jobs[index].job) }
                if outcomes.allSatisfy({ $0 != nil }) { return outcomes.map { $0! } }
                if tries >= 3 { throw error }
            }
        }
    }

    /// After a commit's reply was lost: `.committed` if this claim's line is in, `.fenced` if another
    /// claim's is or the job was claimed again, nil if the job still waits under this claim (not committed).
    public func settle(_ job: QueuedJob) async throws -> JobCommitOutcome? {
        try await pool.run { session in
            let result = try session.preparedQuery("SELECT result_id, attempt FROM aw_deliveries WHERE host = $1 AND delivery = $2",
                                           [.text(job.host), .text(job.delivery)])
            if let id = result.int(0, "result_id") {
                return result.int(0, "attempt") == job.attempt ? .committed(resultID: id) : .fenced
            }
            let waiting = try session.preparedQuery("SELECT attempt FROM aw_jobs WHERE id = $1", [.int(job.id)])
            return waiting.isEmpty ? .fenced : (waiting.int(0, "attempt") == job.attempt ? nil : .fenced)
        }
    }

    /// Two round trips (pipelines), whatever the number of jobs: the first opens the transaction, deletes
    /// each job under its fencing token, locks the band keys of all of them (one sorted set, so two
    /// committers never wait on each other in opposite orders) and reads each job's candidates once the
    /// locks are granted; the second writes the lines built from them (each with its export row,
    /// fingerprint and band rows) and commits. Same statements and guarantees as one job at a time. A
    /// later job's candidates also include the earlier jobs of this transaction that share a band key
    /// with it (their rows are not written yet when the candidates are read), as if committed before it.
    private func commitTransaction(_ session: PostgresSession, _ jobs: [JobCommit]) throws -> [JobCommitOutcome] {
        do {
            var opening = [PipelinedStatement("BEGIN"), PipelinedStatement(boundIdleTransaction)]
            opening += jobs.map { PipelinedStatement("DELETE FROM aw_jobs WHERE id = $1 AND attempt = $2", [.int($0.job.id), .int($0.job.attempt)]) }
            let probes = jobs.map(\.probe)
            let keys = Array(Set(probes.flatMap { $0?.bandKeys ?? [] })).sorted()
            var reads: [Int: Int] = [:]
            if !keys.isEmpty {
                opening.append(NearDuplicateStore.lock(keys))
                for (index, probe) in probes.enumerated() where probe?.needsLink == true && !(probe?.bandKeys.isEmpty ?? true) {
                    reads[index] = opening.count
                    opening.append(NearDuplicateStore.findCandidates(probe!.bandKeys))
                }
            }
            let opened = try session.pipeline(opening)
            let deleted = jobs.indices.map { opened[2 + $0].affected == 1 }
            guard deleted.contains(true) else {
                try session.query("ROLLBACK")
                return jobs.map { _ in .fenced }
            }
            var lines: [Int: CommittedLine] = [:]
            var earlier: [(keys: Set<Int64>, candidate: DuplicateCandidate)] = []
            for index in jobs.indices where deleted[index] {
                let commit = jobs[index]
                var candidates = reads[index].map { NearDuplicateStore.candidates(opened[$0]) } ?? []
                if let probe = commit.probe {
                    candidates += earlier.filter { !$0.keys.isDisjoint(with: probe.bandKeys) }.map(\.candidate)
                }
                let line = commit.makeLine(candidates)
                lines[index] = line
                if line.outcome == .result, let probe = commit.probe {
                    earlier.append((Set(probe.bandKeys), DuplicateCandidate(
                        resultID: 0, articleID: probe.articleID, name: commit.job.name, receivedAt: commit.job.receivedAt,
                        signature: probe.signature, shingles: probe.shingles)))
                }
            }
            try faults.beforeCommit(session)
            let written = jobs.indices.filter { deleted[$0] }
            let results = try session.pipeline(written.map { index in
                writeLine(jobs[index].job, lines[index]!, probe: lines[index]!.outcome == .result ? jobs[index].probe : nil)
            } + [PipelinedStatement("COMMIT")])
            try faults.afterCommit(session)
            var outcomes = [JobCommitOutcome](repeating: .fenced, count: jobs.count)
            for (position, index) in written.enumerated() {
                // A line already there for this delivery (only a re-ingest after a lost reply could do that):
                // the job is done, nothing is written twice.
                guard let resultID = results[position].int(0, "id"), let exportID = results[position].int(0, "export_id") else { continue }
                outbox.add(PendingExport(id: exportID, line: lines[index]!))
                outcomes[index] = .committed(resultID: resultID)
            }
            return outcomes
        } catch {
            if !(error as? PostgresError).map(\.isConnectionProblem).orFalse { _ = try? session.query("ROLLBACK") }
            throw error
        }
    }

    /// The statement that writes a committed line. The delivery ledger's row first: its key is what keeps
    /// one line per delivery across the results' partitions; the line, its export row and (for a results
    /// line with a probe) its fingerprint and band rows are written only if it was new.
    private func writeLine(_ job: QueuedJob, _ line: CommittedLine, probe: NearDuplicateProbe?) -> PipelinedStatement {
        let parameters: [PostgresParameter] = [
            .text(job.host), .text(job.delivery), .text(job.name), .text(line.outcome.rawValue), .text(line.text), .int(job.attempt), .text(host),
        ]
        let writes = """
            WITH delivery AS (
                INSERT INTO aw_deliveries (host, delivery, result_id, attempt)
                VALUES ($1, $2, nextval('aw_result_ids'), $6)
                ON CONFLICT (host, delivery) DO NOTHING
                RETURNING result_id),
            result AS (
                INSERT INTO aw_results (id, host, delivery, name, outcome, line, attempt, committed_by)
                SELECT result_id, $1, $2, $3, $4, $5, $6, $7 FROM delivery
                RETURNING id, committed_at),
            export AS (
                INSERT INTO aw_exports (host, result_id, committed_at) SELECT $7, id, committed_at FROM result
                RETURNING id, result_id)
            """
        guard let probe else { return PipelinedStatement(writes + "\nSELECT result_id AS id, id AS export_id FROM export", parameters) }
        return PipelinedStatement(writes + """
            ,
            fingerprint AS (
                INSERT INTO aw_fingerprints (result_id, article_id, name, received_at, signature, shingles)
                SELECT result_id, $8, $3, $9, $10, $11 FROM delivery RETURNING result_id),
            bands AS (
                INSERT INTO aw_duplicate_bands (band_key, result_id)
                SELECT key, fingerprint.result_id FROM unnest($12::bigint[]) AS key, fingerprint)
            SELECT result_id AS id, id AS export_id FROM export
            """, parameters + [
                .text(probe.articleID), .double(job.receivedAt), .bytes(probe.signature), .int(probe.shingles),
                .text(NearDuplicateStore.arrayLiteral(probe.bandKeys)),
            ])
    }

    // MARK: Export

    /// Lines this host committed and has not yet appended to its local logs, in commit order.
    public func pendingExports(limit: Int) async throws -> [PendingExport] {
        let host = host
        let rows = try await connection.run { session in
            try session.preparedQuery("""
                SELECT export.id, result.outcome, result.line FROM aw_exports AS export
                JOIN aw_results AS result ON result.id = export.result_id AND result.committed_at = export.committed_at
                WHERE export.host = $1 ORDER BY export.id LIMIT $2
                """, [.text(host), .int(limit)])
        }
        return Self.pendingExports(rows)
    }

    /// The ids of this host's pending export rows, oldest first, without their lines: the exporter reads
    /// a line from here only when it did not come through `outbox`.
    public func pendingExportIDs(limit: Int) async throws -> [Int] {
        let host = host
        let rows = try await connection.run { session in
            try session.preparedQuery("SELECT id FROM aw_exports WHERE host = $1 ORDER BY id LIMIT $2", [.text(host), .int(limit)])
        }
        return (0..<rows.count).compactMap { rows.int($0, "id") }
    }

    /// The pending exports among `ids`, with their lines, oldest first.
    public func pendingExports(ids: [Int]) async throws -> [PendingExport] {
        let rows = try await connection.run { session in
            try session.preparedQuery("""
                SELECT export.id, result.outcome, result.line FROM aw_exports AS export
                JOIN aw_results AS result ON result.id = export.result_id AND result.committed_at = export.committed_at
                WHERE export.id = ANY($1::bigint[]) ORDER BY export.id
                """, [.text(NearDuplicateStore.arrayLiteral(ids.map(Int64.init)))])
        }
        return Self.pendingExports(rows)
    }

    private static func pendingExports(_ rows: PostgresRows) -> [PendingExport] {
        (0..<rows.count).compactMap { row in
            guard let id = rows.int(row, "id"), let outcome = rows.text(row, "outcome").flatMap(CommittedLine.Outcome.init),
                  let text = rows.text(row, "line") else { return nil }
            return PendingExport(id: id, line: CommittedLine(outcome, text))
        }
    }

    /// The local logs hold these exports: forget them. Named one by one, never "up to an id": export ids
    /// are drawn inside the commit transactions, so a row with a lower id can commit after a higher one
    /// was read, and a range would delete it unappended.
    public func acknowledgeExports(_ ids: [Int]) async throws {
        guard !ids.isEmpty else { return }
        let host = host
        try await connection.run { session in
            try session.preparedQuery("DELETE FROM aw_exports WHERE host = $1 AND id = ANY($2::bigint[])",
                                      [.text(host), .text(NearDuplicateStore.arrayLiteral(ids.map(Int64.init)))])
        }
    }

    /// Every committed line across all hosts after `afterID`, oldest first (`articlewatch export`): the
    /// lines still there, across every results partition (pruned ones are gone).
    public func committedLines(after afterID: Int, limit: Int) async throws -> [(id: Int, line: CommittedLine)] {
        let rows = try await connection.run { session in
            try session.preparedQuery("SELECT id, outcome, line FROM aw_results WHERE id > $1 ORDER BY id LIMIT $2", [.int(afterID), .int(limit)])
        }
        return (0..<rows.count).compactMap { row in
            guard let id = rows.int(row, "id"), let outcome = rows.text(row, "outcome").flatMap(CommittedLine.Outcome.init),
                  let text = rows.text(row, "line") else { return nil }
            return (id, CommittedLine(outcome, text))
        }
    }
}

extension Optional where Wrapped == Bool {
    var orFalse: Bool { self ?? false }
}
