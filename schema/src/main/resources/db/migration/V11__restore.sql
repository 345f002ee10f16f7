-- Restoring a backup is the one time export-service writes the other services' tables. It does so as
-- finsuite_restorer, a role that may only INSERT (and SELECT, to check the tenant is empty) the tables a
-- backup holds: no UPDATE, no DELETE, so a restore can add a tenant's rows but never change or remove any.
-- export-service switches to it with SET LOCAL ROLE inside the restore's one transaction only; every other
-- statement of the service still runs as finsuite_export_reader. Like the other runtime roles it is no
-- superuser, has no BYPASSRLS and owns nothing: the tenant_isolation policies bind it, so it can insert rows
-- of the transaction's tenant only.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_restorer') THEN
        BEGIN
            CREATE ROLE finsuite_restorer NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it at the same moment
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_restorer TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO finsuite_restorer;

-- What a backup holds, table by table (a later service's table is backed up once a migration grants it here
-- and export-service lists it). Not granted: users, refresh_tokens, provider_keys, idempotency_keys, export_jobs.
GRANT SELECT, INSERT ON
    finance_categories, finance_recurring_rules, finance_entries, finance_budgets, finance_debts, finance_debt_payments,
    emi_loans, emi_payments, emi_prepayments, emi_rate_changes, emi_documents,
    investment_accounts, investment_assets, investment_asset_prices, investment_splits, investment_activities,
    investment_watchlist_items, investment_price_alerts, investment_alert_events,
    tenant_exchange_rates, manual_prices
    TO finsuite_restorer;
GRANT SELECT ON tenants, currencies TO finsuite_restorer;

-- Backups read what V10 did not grant: loan documents, the tenant's own rates and prices, and the schema version.
GRANT SELECT ON emi_documents, tenant_exchange_rates, manual_prices TO finsuite_export_reader;
GRANT SELECT (version, success) ON flyway_schema_history TO finsuite_export_reader;
