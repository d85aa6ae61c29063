-- The shared queue's claim and commit (issue 16), as PostgresWorkQueue sends them: one short committed
-- claim statement (lease + attempt, the fencing token), then the commit transaction that deletes the job
-- only while the attempt matches and inserts a 10 KB result line and its export row.
WITH picked AS (
    SELECT id FROM aw_jobs WHERE lease_until IS NULL OR lease_until < clock_timestamp()
    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
UPDATE aw_jobs AS job
SET attempt = job.attempt + 1, state = 'leased', claimed_by = 'bench', lease_until = clock_timestamp() + 60 * interval '1 second'
FROM picked WHERE job.id = picked.id
RETURNING job.id AS job_id, job.attempt AS job_attempt \gset
BEGIN;
DELETE FROM aw_jobs WHERE id = :job_id AND attempt = :job_attempt;
WITH result AS (
    INSERT INTO aw_results (host, delivery, name, outcome, line, attempt, committed_by)
    VALUES ('bench', 'd' || :job_id, 'x.txt', 'result', repeat('x', 10000), :job_attempt, 'bench')
    ON CONFLICT (host, delivery) DO NOTHING RETURNING id)
INSERT INTO aw_exports (host, result_id) SELECT 'bench', id FROM result;
COMMIT;
