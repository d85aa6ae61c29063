import PostgresQueue

/// The chaos test's exact record of who held what: a trigger on `aw_jobs` (installed in the test's own
/// database, not the product's schema) keeps every claim the daemons make with its claimer, when it was
/// made and the last lease its claimer gave it, and the test writes down each event it causes (a SIGKILL,
/// a SIGSTOP until its SIGCONT) between two readings of the server's clock.
///
/// A claim that was claimed again lapsed. The oracle allows a lapse only where the test's own event hit
/// the claimer while the claim was live: made before the event ended, its lease still running when the
/// event began, and for a stop, run out before the claimer was thawed (or within the second its renewal
/// needs to wake). Anything else is a live host that lost a claim, however slow the machine. So a good file
/// may end `crashed` (three lapses) only if three of the test's events each caught it, and the test can
/// say so instead of accepting any `crashed` line or failing on a fair one.
struct ChaosClaimLedger {
    let admin: PostgresConnection

    /// One lapse the events do not explain, in words for the failure message.
    struct Lapse: CustomStringConvertible {
        let host: String, delivery: String, attempt: Int, claimedBy: String, claimedAt: String, leaseUntil: String, nextBy: String, nextAt: String
        var description: String {
            "\(host)/\(delivery) attempt \(attempt) claimed by \(claimedBy) at \(claimedAt), lease until \(leaseUntil), claimed again by \(nextBy) at \(nextAt)"
        }
    }

    /// Creates the ledger's tables and the trigger; the queue's schema must already be there.
    static func install(_ admin: PostgresConnection) async throws -> ChaosClaimLedger {
        try await admin.run { session in
            _ = try session.script("""
                CREATE TABLE chaos_claims (
                    host text, delivery text, attempt integer, claimed_by text, claimed_at timestamptz, lease_until timestamptz,
                    PRIMARY KEY (host, delivery, attempt));
                CREATE TABLE chaos_events (
                    id serial PRIMARY KEY, kind text NOT NULL, host text NOT NULL,
                    started_at timestamptz NOT NULL DEFAULT clock_timestamp(), ended_at timestamptz);
                CREATE FUNCTION chaos_claim_seen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO chaos_claims VALUES (NEW.host, NEW.delivery, NEW.attempt, NEW.claimed_by, clock_timestamp(), NEW.lease_until)
                    ON CONFLICT (host, delivery, attempt) DO UPDATE SET lease_until = EXCLUDED.lease_until;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER chaos_claim_seen AFTER UPDATE ON aw_jobs FOR EACH ROW
                    WHEN (NEW.attempt IS DISTINCT FROM OLD.attempt OR NEW.lease_until IS DISTINCT FROM OLD.lease_until)
                    EXECUTE FUNCTION chaos_claim_seen();
                """)
        }
        return ChaosClaimLedger(admin: admin)
    }

    enum Event: String { case kill, stop }

    /// Notes the start of an event against `host` (call it just before the signal); returns its id.
    func begin(_ kind: Event, host: String) async throws -> Int {
        try await admin.run { session in
            try session.query("INSERT INTO chaos_events (kind, host) VALUES ($1, $2) RETURNING id", [.text(kind.rawValue), .text(host)]).int(0, "id") ?? -1
        }
    }

    /// Notes the end of event `id` (call it once the process is gone or running again).
    func end(_ id: Int) async throws {
        try await admin.run { session in
            _ = try session.query("UPDATE chaos_events SET ended_at = clock_timestamp() WHERE id = $1", [.int(id)])
        }
    }

    /// Claims the daemons made (the poison rows' seeded attempts are not theirs).
    func claimCount() async throws -> Int {
        try await admin.run { Int(try $0.query("SELECT count(*) FROM chaos_claims").scalar ?? "") ?? -1 }
    }

    /// Every lapse no event explains.
    func unexplainedLapses() async throws -> [Lapse] {
        let rows = try await admin.run { session in
            try session.query("""
                SELECT c.host, c.delivery, c.attempt, c.claimed_by, c.claimed_at, c.lease_until, n.claimed_by AS next_by, n.claimed_at AS next_at
                FROM chaos_claims c JOIN chaos_claims n ON n.host = c.host AND n.delivery = c.delivery AND n.attempt = c.attempt + 1
                WHERE NOT EXISTS (
                    SELECT 1 FROM chaos_events e
                    WHERE e.host = c.claimed_by AND c.claimed_at < coalesce(e.ended_at, 'infinity')
                      AND (e.kind = 'kill' AND c.lease_until >= e.started_at
                           OR e.kind = 'stop' AND c.lease_until BETWEEN e.started_at AND e.ended_at + interval '1 second'))
                ORDER BY c.claimed_at
                """)
        }
        return (0..<rows.count).map { row in
            Lapse(
                host: rows.text(row, "host") ?? "-", delivery: rows.text(row, "delivery") ?? "-", attempt: rows.int(row, "attempt") ?? -1,
                claimedBy: rows.text(row, "claimed_by") ?? "-", claimedAt: rows.text(row, "claimed_at") ?? "-",
                leaseUntil: rows.text(row, "lease_until") ?? "-", nextBy: rows.text(row, "next_by") ?? "-", nextAt: rows.text(row, "next_at") ?? "-")
        }
    }

    /// How many claims lapsed (for the summary line).
    func lapseCount() async throws -> Int {
        try await admin.run { session in
            Int(try session.query("""
                SELECT count(*) FROM chaos_claims c
                WHERE EXISTS (SELECT 1 FROM chaos_claims n WHERE n.host = c.host AND n.delivery = c.delivery AND n.attempt = c.attempt + 1)
                """).scalar ?? "") ?? -1
        }
    }
}
