-- export-service reads every other service's tables and must never change them. Its pool switches to
-- finsuite_export_reader (instead of finsuite_app) when a connection opens: a role that may only SELECT the
-- tables it exports, with row-level security binding it exactly as it binds finsuite_app (no superuser, no
-- BYPASSRLS, owns nothing; the tenant_isolation policies apply to every role). It writes only its own tables.
-- Not granted: users, refresh_tokens, provider_keys, idempotency_keys (secrets and mechanics, never exported).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_export_reader') THEN
        BEGIN
            CREATE ROLE finsuite_export_reader NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it at the same moment
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_export_reader TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO finsuite_export_reader;

-- What the exports read: explicitly, table by table. A later service's table is exported only once a
-- migration grants it here.
GRANT SELECT ON
    tenants, currencies,
    finance_categories, finance_entries, finance_budgets, finance_debts, finance_debt_payments,
    finance_recurring_rules,
    emi_loans, emi_payments, emi_prepayments, emi_rate_changes,
    investment_accounts, investment_assets, investment_asset_prices, investment_splits, investment_activities,
    investment_watchlist_items, investment_price_alerts, investment_alert_events
    TO finsuite_export_reader;

-- export-service's own state: the jobs of large exports (used by later work of issue 13).
CREATE TABLE export_jobs (
    id            uuid PRIMARY KEY,
    tenant_id     uuid          NOT NULL REFERENCES tenants ON DELETE CASCADE,
    entity        varchar(40)   NOT NULL,
    format        varchar(8)    NOT NULL CHECK (format IN ('csv', 'xlsx', 'jsonl')),
    parameters    jsonb         NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(parameters) = 'object'),
    status        varchar(10)   NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED')),
    rows_written  bigint        NOT NULL DEFAULT 0 CHECK (rows_written >= 0),
    error         varchar(2000),
    expires_at    timestamptz,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX export_jobs_tenant_idx ON export_jobs (tenant_id, created_at DESC);
SELECT isolate_by_tenant('export_jobs');
GRANT SELECT, INSERT, UPDATE, DELETE ON export_jobs TO finsuite_export_reader;
