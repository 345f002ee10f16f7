-- Scheduled reports (issue 13): a tenant asks for a report every week or month; export-service queues it as a
-- REPORT job for each period that ends, and the file is kept in the tenant's export list like any job's.
CREATE TABLE export_report_schedules (
    id           uuid PRIMARY KEY,
    tenant_id    uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    report       varchar(40)  NOT NULL
        CHECK (report IN ('income-statement', 'cash-flow', 'budget-vs-actual', 'net-worth', 'investments')),
    cadence      varchar(10)  NOT NULL CHECK (cadence IN ('WEEKLY', 'MONTHLY')),
    format       varchar(8)   NOT NULL CHECK (format IN ('csv', 'xlsx')),
    dialect      varchar(8)   CHECK (dialect IN ('data', 'excel')),
    locale       varchar(35),
    active       boolean      NOT NULL DEFAULT true,
    -- the first day of the next period, in the tenant's time zone: on that day the period before it is queued
    next_run_on  date         NOT NULL,
    created_by   uuid,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT export_report_schedules_dialect_of_csv CHECK (format = 'csv' OR (dialect IS NULL AND locale IS NULL)),
    CONSTRAINT export_report_schedules_locale_of_excel CHECK (locale IS NULL OR dialect = 'excel')
);
CREATE INDEX export_report_schedules_tenant_idx ON export_report_schedules (tenant_id, created_at DESC);
CREATE INDEX export_report_schedules_due_idx ON export_report_schedules (next_run_on) WHERE active;
SELECT isolate_by_tenant('export_report_schedules');
GRANT SELECT, INSERT, UPDATE, DELETE ON export_report_schedules TO finsuite_export_reader;

-- A scheduled report's job names its schedule and period. The unique pair is the once-per-period guarantee:
-- however many replicas (or retries) queue a period, one row wins and the others do nothing. Deleting a
-- schedule keeps the files it produced.
ALTER TABLE export_jobs
    ADD COLUMN schedule_id   uuid REFERENCES export_report_schedules ON DELETE SET NULL,
    ADD COLUMN period_start  date,
    ADD COLUMN period_end    date,
    ADD CONSTRAINT export_jobs_schedule_period_key UNIQUE (schedule_id, period_start),
    ADD CONSTRAINT export_jobs_period_check CHECK (period_start IS NULL OR period_end >= period_start);

-- Which schedules are due, across tenants: the one cross-tenant step, so it runs as finsuite_export_jobs (V12)
-- through a SECURITY DEFINER function, which sees the schedules and the tenants' time zones and nothing else.
-- Everything after it (queue the job, advance next_run_on) runs in the schedule's tenant's transaction.
GRANT SELECT ON export_report_schedules TO finsuite_export_jobs;
GRANT SELECT ON tenants TO finsuite_export_jobs;
CREATE POLICY job_machinery ON export_report_schedules FOR SELECT TO finsuite_export_jobs USING (true);
CREATE POLICY job_machinery ON tenants FOR SELECT TO finsuite_export_jobs USING (true);

CREATE FUNCTION export_due_report_schedules() RETURNS TABLE (schedule_id uuid, schedule_tenant uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT s.id, s.tenant_id
      FROM export_report_schedules s JOIN tenants t ON t.id = s.tenant_id
     WHERE s.active AND s.next_run_on <= (now() AT TIME ZONE t.timezone)::date
     ORDER BY s.next_run_on, s.id
$$;

GRANT CREATE ON SCHEMA public TO finsuite_export_jobs;
ALTER FUNCTION export_due_report_schedules() OWNER TO finsuite_export_jobs;
REVOKE CREATE ON SCHEMA public FROM finsuite_export_jobs;
REVOKE ALL ON FUNCTION export_due_report_schedules() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION export_due_report_schedules() TO finsuite_export_reader;
