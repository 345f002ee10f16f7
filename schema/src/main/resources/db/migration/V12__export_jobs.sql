-- Export jobs (issue 13): a large export, a backup, later a scheduled report, produced in the background and
-- kept for download. The file's bytes live here, in export_job_chunks, so any replica behind the load balancer
-- can serve a download, and a job a dead replica left behind is found by its stale heartbeat and run again.
ALTER TABLE export_jobs
    ADD COLUMN kind          varchar(10)  NOT NULL DEFAULT 'EXPORT' CHECK (kind IN ('EXPORT', 'BACKUP', 'REPORT')),
    ADD COLUMN total_rows    bigint       CHECK (total_rows >= 0),
    ADD COLUMN file_name     varchar(255),
    ADD COLUMN content_type  varchar(120),
    ADD COLUMN size_bytes    bigint       CHECK (size_bytes >= 0),
    ADD COLUMN sha256        char(64),
    ADD COLUMN started_at    timestamptz,
    ADD COLUMN finished_at   timestamptz,
    ADD COLUMN heartbeat_at  timestamptz,
    -- how many times a worker has started it; also the fence that keeps a presumed-dead worker's late writes out
    ADD COLUMN attempts      integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    ADD COLUMN created_by    uuid;
-- A backup has no entity, and is a zip.
ALTER TABLE export_jobs ALTER COLUMN entity DROP NOT NULL;
ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_entity_of_export CHECK (kind <> 'EXPORT' OR entity IS NOT NULL);
ALTER TABLE export_jobs DROP CONSTRAINT export_jobs_format_check;
ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_format_check CHECK (format IN ('csv', 'xlsx', 'jsonl', 'zip'));
ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_tenant_id_id_key UNIQUE (tenant_id, id);
CREATE INDEX export_jobs_queued_idx ON export_jobs (created_at) WHERE status = 'QUEUED';
CREATE INDEX export_jobs_running_idx ON export_jobs (tenant_id) WHERE status = 'RUNNING';
CREATE INDEX export_jobs_expiry_idx ON export_jobs (expires_at) WHERE status = 'SUCCEEDED';

-- The produced file in chunks of about 1 MiB, written as the job streams and read back in order. A chunk belongs
-- to one attempt: a rerun never mixes with what an earlier, presumed-dead attempt may still be writing.
CREATE TABLE export_job_chunks (
    tenant_id  uuid     NOT NULL REFERENCES tenants ON DELETE CASCADE,
    job_id     uuid     NOT NULL,
    attempt    integer  NOT NULL,
    seq        integer  NOT NULL CHECK (seq >= 0),
    data       bytea    NOT NULL,
    PRIMARY KEY (tenant_id, job_id, attempt, seq),
    FOREIGN KEY (tenant_id, job_id) REFERENCES export_jobs (tenant_id, id) ON DELETE CASCADE
);
-- zips and xlsx are compressed already: store the bytes out of line without trying to compress them again
ALTER TABLE export_job_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
SELECT isolate_by_tenant('export_job_chunks');
GRANT SELECT, INSERT, DELETE ON export_job_chunks TO finsuite_export_reader;

-- Create-job requests honour Idempotency-Key like the suite's other POSTs. V10 kept idempotency_keys from
-- export-service because the other services' keys hold their responses: a restrictive policy lets it see and
-- write only keys of its own endpoints (and, as everywhere, of the transaction's tenant).
GRANT SELECT, INSERT, UPDATE ON idempotency_keys TO finsuite_export_reader;
CREATE POLICY export_service_keys_only ON idempotency_keys AS RESTRICTIVE TO finsuite_export_reader
    USING (scope LIKE 'POST /api/v1/exports/%' OR scope LIKE 'POST /api/v1/backups/%')
    WITH CHECK (scope LIKE 'POST /api/v1/exports/%' OR scope LIKE 'POST /api/v1/backups/%');
GRANT EXECUTE ON FUNCTION prune_idempotency_keys() TO finsuite_export_reader;
-- The expiry job takes a ShedLock row.
GRANT SELECT, INSERT, UPDATE ON shedlock TO finsuite_export_reader;

-- The job machinery works across tenants (which job is next, which ones a dead replica left, which ones
-- expired), so it goes through three SECURITY DEFINER functions that run as finsuite_export_jobs: a role that
-- sees the jobs and their chunks and can do only what these functions do (the same pattern as V4's prune).
-- Everything else, the job's own progress, its chunks, its download, runs in the job's tenant's transactions.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_export_jobs') THEN
        BEGIN
            CREATE ROLE finsuite_export_jobs NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it at the same moment
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_export_jobs TO %I', current_user);
    END IF;
END
$$;
GRANT SELECT, UPDATE ON export_jobs TO finsuite_export_jobs;
GRANT SELECT, DELETE ON export_job_chunks TO finsuite_export_jobs;
CREATE POLICY job_machinery ON export_jobs TO finsuite_export_jobs USING (true) WITH CHECK (true);
CREATE POLICY job_machinery ON export_job_chunks TO finsuite_export_jobs USING (true);

-- Claims the next job: the oldest QUEUED one whose tenant has no RUNNING job (fair between tenants: one
-- tenant's ten exports never hold up another's one). Claims are serialised by an advisory lock for the
-- moment of the claim, so two replicas can never both start a job of the same tenant; SKIP LOCKED keeps a
-- claim from waiting on a row someone else is updating.
CREATE FUNCTION export_claim_job() RETURNS TABLE (job_id uuid, job_tenant uuid, job_attempt integer)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('export_claim_job'));
    RETURN QUERY
    WITH next AS (
        SELECT j.id FROM export_jobs j
         WHERE j.status = 'QUEUED'
           AND NOT EXISTS (SELECT 1 FROM export_jobs r WHERE r.tenant_id = j.tenant_id AND r.status = 'RUNNING')
         ORDER BY j.created_at, j.id
         LIMIT 1
         FOR UPDATE SKIP LOCKED)
    UPDATE export_jobs j
       SET status = 'RUNNING', attempts = j.attempts + 1, started_at = now(), heartbeat_at = now(),
           rows_written = 0, total_rows = NULL, error = NULL, updated_at = now(), version = j.version + 1
      FROM next
     WHERE j.id = next.id
    RETURNING j.id, j.tenant_id, j.attempts;
END
$$;

-- Jobs RUNNING without a heartbeat for p_stale_after: their replica died. Each goes back to the queue, its
-- partial file deleted, to run again from scratch; one that has had p_max_attempts already is FAILED.
CREATE FUNCTION export_recover_stale_jobs(p_stale_after interval, p_max_attempts integer) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    recovered integer;
BEGIN
    DELETE FROM export_job_chunks c USING export_jobs j
     WHERE c.tenant_id = j.tenant_id AND c.job_id = j.id
       AND j.status = 'RUNNING' AND j.heartbeat_at < now() - p_stale_after;
    UPDATE export_jobs
       SET status = CASE WHEN attempts >= p_max_attempts THEN 'FAILED' ELSE 'QUEUED' END,
           error = CASE WHEN attempts >= p_max_attempts
                        THEN format('Stopped after %s attempts: each time the service running it stopped before it finished', attempts)
                        ELSE NULL END,
           finished_at = CASE WHEN attempts >= p_max_attempts THEN now() END,
           rows_written = 0, heartbeat_at = NULL, updated_at = now(), version = version + 1
     WHERE status = 'RUNNING' AND heartbeat_at < now() - p_stale_after;
    GET DIAGNOSTICS recovered = ROW_COUNT;
    RETURN recovered;
END
$$;

-- Succeeded jobs past their expiry: EXPIRED, and their files deleted.
CREATE FUNCTION export_expire_jobs() RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    expired integer;
BEGIN
    DELETE FROM export_job_chunks c USING export_jobs j
     WHERE c.tenant_id = j.tenant_id AND c.job_id = j.id AND j.status = 'SUCCEEDED' AND j.expires_at <= now();
    UPDATE export_jobs SET status = 'EXPIRED', updated_at = now(), version = version + 1
     WHERE status = 'SUCCEEDED' AND expires_at <= now();
    GET DIAGNOSTICS expired = ROW_COUNT;
    RETURN expired;
END
$$;

GRANT CREATE ON SCHEMA public TO finsuite_export_jobs;
ALTER FUNCTION export_claim_job() OWNER TO finsuite_export_jobs;
ALTER FUNCTION export_recover_stale_jobs(interval, integer) OWNER TO finsuite_export_jobs;
ALTER FUNCTION export_expire_jobs() OWNER TO finsuite_export_jobs;
REVOKE CREATE ON SCHEMA public FROM finsuite_export_jobs;
REVOKE ALL ON FUNCTION export_claim_job() FROM PUBLIC;
REVOKE ALL ON FUNCTION export_recover_stale_jobs(interval, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION export_expire_jobs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION export_claim_job() TO finsuite_export_reader;
GRANT EXECUTE ON FUNCTION export_recover_stale_jobs(interval, integer) TO finsuite_export_reader;
GRANT EXECUTE ON FUNCTION export_expire_jobs() TO finsuite_export_reader;
