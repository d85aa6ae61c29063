-- One job per transaction: the floor phase runs this only with --pgbench-batch 1 (by default it runs
-- queue_pgbench_batch.py's script, the daemon's claim batch of 8 committed in one transaction, as the daemon
-- does since session 12). One article through the shared queue (issue 16), statement for statement as
-- PostgresWorkQueue sends them for a results line with a fingerprint and no local near-duplicate: the short committed claim
-- (FOR UPDATE SKIP LOCKED, lease, attempt + 1: the fencing token), then the commit transaction that
-- deletes the job only while the attempt matches, locks the article's band keys (transaction advisory
-- locks, in order), reads the earlier articles sharing a band, inserts the delivery's ledger row, the
-- results line (into today's partition) and its export row, and the fingerprint and its band rows. scripts/bench/queue_bench.py runs it beside the daemon;
-- it passes -D host=…, line=… (a results line as long as the daemon's), sig=… (a 64-byte signature in
-- hex) and claim=1 (the claim's LIMIT: \gset takes exactly one row, so pgbench claims one job per
-- transaction where the daemon's workers claim batches of 8; pgbench does that part's work 8 times over).
-- Band keys as CrossHostDuplicates makes them: the band's number above three signature bytes; here
-- random, so candidates are as rare as among distinct articles. The exact-bytes key has bit 61 set.
-- Where the text differs from the daemon's (same work): the 13 keys go as 13 parameters in ARRAY[…]
-- (the daemon sends one '{…}' text), the article id is md5 || md5 of the delivery and name (the daemon
-- sends the SHA-256 it computed), the signature goes as hex (the daemon's is a binary parameter), and
-- BEGIN and COMMIT are pgbench's. The exporter's acknowledgement of the export rows (one DELETE per
-- batch; the lines come from the daemon's memory, the rows are listed once a second) has no counterpart.
\set b0 random(0, 16777215)
\set b1 16777216 + random(0, 16777215)
\set b2 33554432 + random(0, 16777215)
\set b3 50331648 + random(0, 16777215)
\set b4 67108864 + random(0, 16777215)
\set b5 83886080 + random(0, 16777215)
\set b6 100663296 + random(0, 16777215)
\set b7 117440512 + random(0, 16777215)
\set b8 134217728 + random(0, 16777215)
\set b9 150994944 + random(0, 16777215)
\set b10 167772160 + random(0, 16777215)
\set b11 184549376 + random(0, 16777215)
\set exact 2305843009213693952 + random(0, 1152921504606846975)
WITH picked AS (
    SELECT id FROM aw_jobs
    WHERE lease_until IS NULL OR lease_until < clock_timestamp()
    ORDER BY id LIMIT :claim
    FOR UPDATE SKIP LOCKED)
UPDATE aw_jobs AS job
SET attempt = job.attempt + 1, state = 'leased', claimed_by = :host,
    lease_until = clock_timestamp() + 60 * interval '1 second'
FROM picked WHERE job.id = picked.id
RETURNING job.id, job.host AS job_host, job.delivery, job.name, job.bytes, job.received_at, job.attempt \gset
BEGIN;
DELETE FROM aw_jobs WHERE id = :id AND attempt = :attempt;
SELECT pg_advisory_xact_lock(key) FROM unnest(ARRAY[:b0, :b1, :b2, :b3, :b4, :b5, :b6, :b7, :b8, :b9, :b10, :b11, :exact]::bigint[])
    WITH ORDINALITY AS k(key, position) ORDER BY position;
SELECT f.result_id, f.article_id, f.name, f.received_at, f.signature, f.shingles FROM aw_fingerprints AS f
WHERE f.result_id IN (SELECT result_id FROM aw_duplicate_bands
                      WHERE band_key = ANY(ARRAY[:b0, :b1, :b2, :b3, :b4, :b5, :b6, :b7, :b8, :b9, :b10, :b11, :exact]::bigint[]))
ORDER BY f.result_id;
WITH delivery AS (
    INSERT INTO aw_deliveries (host, delivery, result_id, attempt)
    VALUES (:job_host, :delivery, nextval('aw_result_ids'), :attempt)
    ON CONFLICT (host, delivery) DO NOTHING
    RETURNING result_id),
result AS (
    INSERT INTO aw_results (id, host, delivery, name, outcome, line, attempt, committed_by)
    SELECT result_id, :job_host, :delivery, :name, 'result', :line, :attempt, :host FROM delivery
    RETURNING id, committed_at),
export AS (INSERT INTO aw_exports (host, result_id, committed_at) SELECT :host, id, committed_at FROM result)
SELECT id AS result_id FROM result \gset
WITH fingerprint AS (
    INSERT INTO aw_fingerprints (result_id, article_id, name, received_at, signature, shingles)
    VALUES (:result_id, md5(:delivery) || md5(:name), :name, :received_at, decode(:sig, 'hex'), 1100) RETURNING result_id)
INSERT INTO aw_duplicate_bands (band_key, result_id)
SELECT key, fingerprint.result_id FROM unnest(ARRAY[:b0, :b1, :b2, :b3, :b4, :b5, :b6, :b7, :b8, :b9, :b10, :b11, :exact]::bigint[]) AS key, fingerprint;
COMMIT;
