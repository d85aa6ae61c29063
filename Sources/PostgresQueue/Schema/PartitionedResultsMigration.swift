extension QueueSchema {
    /// Version 2: `aw_results` range-partitioned by `committed_at`, one partition per UTC day, so old lines
    /// leave by dropping whole tables (`articlewatch prune`) instead of a DELETE that bloats the table and
    /// the WAL. Why a day and not a month: at the rates measured here (hundreds of 10 KB lines a second) a
    /// month is a terabyte that could only go a month after it began; a day is dropped the day its lines
    /// are exported, and a year of days is 365 partitions, which PostgreSQL 15 prunes at run time (every
    /// per-line statement names `committed_at` or goes through the delivery ledger). A DEFAULT partition
    /// takes any line whose day has no partition yet, so a commit never fails for a missing partition;
    /// `aw_create_result_partitions_ahead` (the shared maintenance runs it) keeps the next week made.
    /// Making a partition takes an exclusive lock on `aw_results`, which queues commits behind any long
    /// read; the 1 s lock timeout bounds that stall, and a round that times out is retried five minutes
    /// later, with a week to spare.
    ///
    /// A unique key on a partitioned table must contain the partition key, so (host, delivery) can no
    /// longer be unique in `aw_results`. Exactly-once needs it to be (it is what stops a re-ingested
    /// delivery's second commit), so it moves to `aw_deliveries`, a narrow unpartitioned ledger: the
    /// commit inserts the ledger row with `ON CONFLICT DO NOTHING` and writes the line only if it did,
    /// and every lookup by delivery (ingest, `state`, settling a lost COMMIT) reads the ledger. Ledger
    /// rows outlive pruned lines on purpose: a delivery whose line was exported and dropped still counts
    /// as delivered, so a late recovery of its local claim cannot queue it again.
    ///
    /// `aw_exports` now refers to (id, committed_at), the results' primary key, with a plain (NO ACTION)
    /// foreign key: PostgreSQL itself refuses to detach or delete a line that a host has not yet written
    /// to its logs. `aw_fingerprints` keeps `result_id` without a foreign key (the near-duplicate window
    /// is trimmed on its own; prune removes the fingerprints of the lines it drops).
    ///
    /// The new table takes v1's columns, NOT NULLs, check and default as they are (`LIKE`), only the
    /// identity becomes a sequence the commit draws from for the ledger. Existing lines are copied with
    /// their ids, text and commit times (every day that has lines gets its partition first), the id
    /// sequence continues after v1's, and the view is made again.
    static let partitionedResults = SchemaMigration(version: 2, summary: "results partitioned by day, delivery ledger", sql: """
        CREATE FUNCTION aw_create_result_partition(day date) RETURNS boolean
        LANGUAGE plpgsql SET lock_timeout = '1s' AS $fn$
        DECLARE
            partition text := 'aw_results_' || to_char(day, 'YYYYMMDD');
            low timestamptz := day::timestamp AT TIME ZONE 'UTC';
            high timestamptz := (day + 1)::timestamp AT TIME ZONE 'UTC';
        BEGIN
            -- A day whose lines already fell into the default partition keeps them there: creating its
            -- partition would fail on them, and moving them would need their export rows moved too.
            IF to_regclass(partition) IS NOT NULL
               OR EXISTS (SELECT 1 FROM aw_results_default WHERE committed_at >= low AND committed_at < high) THEN
                RETURN false;
            END IF;
            EXECUTE format('CREATE TABLE %I PARTITION OF aw_results FOR VALUES FROM (%L) TO (%L)', partition, low, high);
            RETURN true;
        END
        $fn$;
        CREATE FUNCTION aw_create_result_partitions_ahead(days integer) RETURNS SETOF text
        LANGUAGE sql AS $fn$
            SELECT 'aw_results_' || to_char(day, 'YYYYMMDD')
            FROM generate_series((now() AT TIME ZONE 'UTC')::date, (now() AT TIME ZONE 'UTC')::date + days, interval '1 day') AS day
            WHERE aw_create_result_partition(day::date)
        $fn$;
        DROP VIEW aw_result_lines;
        ALTER TABLE aw_exports DROP CONSTRAINT aw_exports_result_id_fkey;
        ALTER TABLE aw_fingerprints DROP CONSTRAINT aw_fingerprints_result_id_fkey;
        ALTER TABLE aw_results RENAME TO aw_results_v1;
        ALTER TABLE aw_results_v1 RENAME CONSTRAINT aw_results_pkey TO aw_results_v1_pkey;
        CREATE SEQUENCE aw_result_ids AS bigint;
        CREATE TABLE aw_results (LIKE aw_results_v1 INCLUDING DEFAULTS INCLUDING CONSTRAINTS, PRIMARY KEY (id, committed_at))
            PARTITION BY RANGE (committed_at);
        ALTER TABLE aw_results ALTER COLUMN id SET DEFAULT nextval('aw_result_ids');
        ALTER SEQUENCE aw_result_ids OWNED BY aw_results.id;
        CREATE TABLE aw_results_default PARTITION OF aw_results DEFAULT;
        SELECT aw_create_result_partition(day) FROM (SELECT DISTINCT (committed_at AT TIME ZONE 'UTC')::date AS day FROM aw_results_v1) AS days;
        SELECT aw_create_result_partitions_ahead(7);
        INSERT INTO aw_results (id, host, delivery, name, outcome, line, attempt, committed_by, committed_at)
            SELECT id, host, delivery, name, outcome, line, attempt, committed_by, committed_at FROM aw_results_v1 ORDER BY id;
        SELECT setval('aw_result_ids', coalesce(pg_sequence_last_value(pg_get_serial_sequence('aw_results_v1', 'id')), 0) + 1, false);
        CREATE TABLE aw_deliveries (
            host text NOT NULL,
            delivery text NOT NULL,
            result_id bigint NOT NULL,
            attempt integer NOT NULL,
            committed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (host, delivery)
        );
        INSERT INTO aw_deliveries (host, delivery, result_id, attempt, committed_at)
            SELECT host, delivery, id, attempt, committed_at FROM aw_results_v1 ORDER BY id;
        ALTER TABLE aw_exports ADD COLUMN committed_at timestamptz;
        UPDATE aw_exports AS export SET committed_at = result.committed_at FROM aw_results_v1 AS result WHERE result.id = export.result_id;
        ALTER TABLE aw_exports ALTER COLUMN committed_at SET NOT NULL,
            ADD CONSTRAINT aw_exports_result_fkey FOREIGN KEY (result_id, committed_at) REFERENCES aw_results (id, committed_at);
        DROP TABLE aw_results_v1;
        CREATE VIEW aw_result_lines AS
            SELECT id, host, delivery, name, outcome, committed_by, committed_at, line::jsonb AS line FROM aw_results;
        """)
}
