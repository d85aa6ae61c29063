/// Lease renewal: a claimer that is alive and still working on its jobs pushes their leases forward, so
/// a job whose analysis outlasts `leaseSeconds` (an isolated analysis may take up to its wall-clock
/// limit) is not taken over by another host while its claimer is fine. A claimer that died, froze
/// (SIGSTOP) or lost the database stops renewing, its leases lapse, and the fencing token keeps its late
/// commit out. Renewal never revives a claim: it matches the attempt, and only while the lease holds.
extension PostgresWorkQueue {
    /// One claim to renew: the job and the attempt (fencing token) this claimer holds it under.
    public struct HeldLease: Sendable, Equatable {
        public let id: Int
        public let attempt: Int
        public init(id: Int, attempt: Int) {
            self.id = id
            self.attempt = attempt
        }
    }

    /// Pushes each lease to `leaseSeconds` from now; how many were still held (a lapsed lease is not
    /// renewed: another host may be about to take the job, and this claimer must not race it). Rows locked
    /// right now are skipped, not waited for: this host's own commit holds its job's row while it waits
    /// for band locks (behind another host's open transaction), and waiting there would let every other
    /// lease of this host lapse; a committing job needs no lease, and a claimer taking a lapsed one wins.
    @discardableResult
    public func renew(_ leases: [HeldLease]) async throws -> Int {
        guard !leases.isEmpty else { return 0 }
        let ids = NearDuplicateStore.arrayLiteral(leases.map { Int64($0.id) })
        let attempts = NearDuplicateStore.arrayLiteral(leases.map { Int64($0.attempt) })
        let lease = leaseSeconds
        let rows = try await leaseConnection.run { session in
            try session.query("""
                WITH live AS (
                    SELECT job.id FROM aw_jobs AS job
                    JOIN unnest($1::bigint[], $2::integer[]) AS held(id, attempt) ON job.id = held.id AND job.attempt = held.attempt
                    WHERE job.lease_until >= clock_timestamp()
                    FOR UPDATE OF job SKIP LOCKED)
                UPDATE aw_jobs AS job SET lease_until = clock_timestamp() + $3 * interval '1 second'
                FROM live WHERE job.id = live.id
                """, [.text(ids), .text(attempts), .double(lease)])
        }
        return rows.affected
    }
}
