-- Operations: the figures finance-service exports as metrics for the whole suite, not per tenant (how many
-- conversions are pending and since when, how far the recurring job is behind). Like finance_tenants_with_due_work
-- (V6) it runs as finsuite_finance_jobs, which may read only these columns, and answers only aggregates.
GRANT SELECT (created_at) ON finance_entries TO finsuite_finance_jobs;
CREATE FUNCTION finance_due_work_stats(p_today date)
    RETURNS TABLE (pending_conversions bigint, oldest_pending_since timestamptz, oldest_due_date date)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT (SELECT count(*) FROM finance_entries WHERE base_amount IS NULL),
             (SELECT min(created_at) FROM finance_entries WHERE base_amount IS NULL),
             (SELECT min(next_date) FROM finance_recurring_rules WHERE active AND next_date <= p_today) $$;
GRANT CREATE ON SCHEMA public TO finsuite_finance_jobs;
ALTER FUNCTION finance_due_work_stats(date) OWNER TO finsuite_finance_jobs;
REVOKE CREATE ON SCHEMA public FROM finsuite_finance_jobs;
REVOKE ALL ON FUNCTION finance_due_work_stats(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION finance_due_work_stats(date) TO finsuite_finance;
