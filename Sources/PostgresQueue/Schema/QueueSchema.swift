/// The shared queue's tables, versioned. A migration is never edited once released: a change is a new one.
///
/// - `aw_jobs`: delivered files waiting or leased. `attempt` is the fencing token (every claim adds one);
///   `lease_until` makes a job claimable again when it passes, so no reaper needs heartbeats. The table is
///   a queue (rows are inserted, updated once or twice and deleted), so it leaves room on each page for HOT
///   updates (fillfactor 70) and is vacuumed after a fixed number of dead rows instead of a fraction of a
///   table that is nearly empty at steady state: dead tuples at its head slowed claims 2-6x here.
/// - `aw_results`: every committed line, its exact text (the field order is part of the contract), once per
///   (host, delivery); `aw_result_lines` shows them as jsonb for analysts. From version 2 partitioned by
///   UTC day of `committed_at`, with `aw_deliveries` as the (host, delivery) ledger that keeps it once
///   (see `partitionedResults`).
/// - `aw_deliveries` (version 2): one narrow row per committed delivery, the key that keeps its line unique
///   across the results' partitions; kept when old partitions are dropped.
/// - `aw_exports`: lines a host committed and has not yet appended to its own local logs.
/// - `aw_fingerprints` / `aw_duplicate_bands`: the near-duplicate registry across hosts (LSH band keys).
///   A band row goes when its fingerprint does (a trim, or its result deleted), by a statement trigger
///   (version 3): a foreign key checked each of the 13 band rows a commit inserts (0.27 ms of the
///   server's time per line, pg_stat_statements), for a delete that only the trim does.
public enum QueueSchema {
    public static let migrations: [SchemaMigration] = [
        SchemaMigration(version: 1, summary: "jobs, results, exports, near-duplicate bands", sql: """
            CREATE TABLE aw_jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                host text NOT NULL,
                delivery text NOT NULL,
                name text NOT NULL,
                bytes bytea NOT NULL,
                received_at double precision NOT NULL,
                attempt integer NOT NULL DEFAULT 0,
                lease_until timestamptz,
                claimed_by text,
                state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'leased')),
                enqueued_at timestamptz NOT NULL DEFAULT now(),
                UNIQUE (host, delivery)
            ) WITH (fillfactor = 70,
                    autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 1000,
                    autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000,
                    autovacuum_vacuum_cost_delay = 0);
            CREATE TABLE aw_results (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                host text NOT NULL,
                delivery text NOT NULL,
                name text NOT NULL,
                outcome text NOT NULL CHECK (outcome IN ('result', 'failure')),
                line text NOT NULL,
                attempt integer NOT NULL,
                committed_by text NOT NULL,
                committed_at timestamptz NOT NULL DEFAULT now(),
                UNIQUE (host, delivery)
            );
            CREATE VIEW aw_result_lines AS
                SELECT id, host, delivery, name, outcome, committed_by, committed_at, line::jsonb AS line FROM aw_results;
            CREATE TABLE aw_exports (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                host text NOT NULL,
                result_id bigint NOT NULL REFERENCES aw_results (id) ON DELETE CASCADE
            ) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                    autovacuum_vacuum_cost_delay = 0);
            CREATE INDEX aw_exports_by_host ON aw_exports (host, id);
            CREATE TABLE aw_fingerprints (
                result_id bigint PRIMARY KEY REFERENCES aw_results (id) ON DELETE CASCADE,
                article_id text NOT NULL,
                name text NOT NULL,
                received_at double precision NOT NULL,
                signature bytea NOT NULL,
                shingles integer NOT NULL
            );
            CREATE TABLE aw_duplicate_bands (
                band_key bigint NOT NULL,
                result_id bigint NOT NULL REFERENCES aw_fingerprints (result_id) ON DELETE CASCADE,
                PRIMARY KEY (band_key, result_id)
            );
            CREATE INDEX aw_duplicate_bands_by_result ON aw_duplicate_bands (result_id);
            """),
        partitionedResults,
        SchemaMigration(version: 3, summary: "band rows forgotten by a trigger, not checked by a foreign key", sql: """
            ALTER TABLE aw_duplicate_bands DROP CONSTRAINT IF EXISTS aw_duplicate_bands_result_id_fkey;
            CREATE FUNCTION aw_forget_duplicate_bands() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM aw_duplicate_bands AS band USING forgotten WHERE band.result_id = forgotten.result_id;
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER aw_fingerprints_forget_bands AFTER DELETE ON aw_fingerprints
                REFERENCING OLD TABLE AS forgotten FOR EACH STATEMENT EXECUTE FUNCTION aw_forget_duplicate_bands();
            """),
    ]

    /// The newest version this binary knows.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }
}
