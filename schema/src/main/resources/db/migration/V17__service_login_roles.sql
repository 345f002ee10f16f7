-- Least privilege (issue 11). Until now every service logged in as the migration user (the owner, in compose the
-- superuser) and switched to finsuite_app with SET ROLE, so a RESET ROLE or a SET ROLE finsuite_lookup (which reads
-- password hashes) was one statement away, and finsuite_app could write every table of every service.
--
-- Now each service logs in as a role of its own, which is no superuser, has no BYPASSRLS, owns nothing and cannot
-- become any role that reads more than it may (RESET ROLE leads back to itself). Each may change only its own
-- service's tables and read the shared reference tables it uses; export-service's role is V10's reader, made a
-- login role, still read-only outside its own tables. Migrations still run as the DATABASE_URL user, the owner.
--
-- Roles belong to the cluster, grants to one database: the roles are made once (several databases of one cluster
-- may migrate at once), the grants in every database. The tenant_isolation policies name no role, so row-level
-- security binds these roles exactly as it bound finsuite_app.
DO $$
DECLARE
    service_role text;
BEGIN
    FOREACH service_role IN ARRAY ARRAY['finsuite_auth', 'finsuite_finance', 'finsuite_emi', 'finsuite_investment',
                                        'finsuite_market'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = service_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT'
                               ' NOREPLICATION', service_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database of this cluster created it at the same moment
            END;
        END IF;
    END LOOP;
    -- export-service logs in as the role its pool used to switch to.
    IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'finsuite_export_reader') THEN
        BEGIN
            ALTER ROLE finsuite_export_reader LOGIN;
        EXCEPTION WHEN OTHERS THEN
            -- another database of this cluster changed it at the same moment; anything else is an error
            IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'finsuite_export_reader') THEN
                RAISE;
            END IF;
        END;
    END IF;
    -- A restore switches to finsuite_restorer inside its one transaction (SET LOCAL ROLE), which needs membership
    -- now that the session's user is the reader itself. The reader does not inherit it (NOINHERIT, V10): outside
    -- a restore it cannot insert, and as the restorer it can only insert and select what a backup holds.
    IF NOT pg_has_role('finsuite_export_reader', 'finsuite_restorer', 'MEMBER') THEN
        BEGIN
            GRANT finsuite_restorer TO finsuite_export_reader;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster granted it at the same moment
        END;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public
    TO finsuite_auth, finsuite_finance, finsuite_emi, finsuite_investment, finsuite_market;

-- Reference data every service reads. Currencies change only by migration (README), so nobody writes them at run time.
GRANT SELECT ON currencies
    TO finsuite_auth, finsuite_finance, finsuite_emi, finsuite_investment, finsuite_market;
-- The tenant's base currency, for conversions (common-lib's BaseCurrencies).
GRANT SELECT ON tenants TO finsuite_finance, finsuite_investment;
-- Scheduled jobs take their lock here (ShedLock); emi-service has none.
GRANT SELECT, INSERT, UPDATE ON shedlock TO finsuite_auth, finsuite_finance, finsuite_investment, finsuite_market;
-- Money movements keep their Idempotency-Key answers; every service's hourly prune calls the function.
GRANT SELECT, INSERT, UPDATE ON idempotency_keys TO finsuite_finance, finsuite_emi, finsuite_investment;
GRANT EXECUTE ON FUNCTION prune_idempotency_keys()
    TO finsuite_auth, finsuite_finance, finsuite_emi, finsuite_investment, finsuite_market;

-- auth-service: tenants, users, sign-ins. Only it reads users, and so password hashes.
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, users, refresh_tokens, login_attempts TO finsuite_auth;
GRANT EXECUTE ON FUNCTION auth_login_candidate(text), auth_email_taken(text), prune_refresh_tokens(interval, integer)
    TO finsuite_auth;

-- market-service: rates and quotes, the suite's global market data, which only it writes.
GRANT SELECT, INSERT, UPDATE, DELETE ON
    exchange_rates, asset_quotes, quote_closes, quote_history_coverage,
    tenant_exchange_rates, manual_prices, manual_closes, provider_keys
    TO finsuite_market;

-- finance-service.
GRANT SELECT, INSERT, UPDATE, DELETE ON
    finance_categories, finance_entries, finance_budgets, finance_debts, finance_debt_payments, finance_recurring_rules
    TO finsuite_finance;
GRANT EXECUTE ON FUNCTION finance_tenants_with_due_work(date) TO finsuite_finance;

-- emi-service.
GRANT SELECT, INSERT, UPDATE, DELETE ON emi_loans, emi_payments, emi_prepayments, emi_rate_changes, emi_documents
    TO finsuite_emi;

-- investment-service.
GRANT SELECT, INSERT, UPDATE, DELETE ON
    investment_accounts, investment_assets, investment_asset_prices, investment_splits, investment_activities,
    investment_watchlist_items, investment_price_alerts, investment_alert_events
    TO finsuite_investment;
GRANT EXECUTE ON FUNCTION investment_tenants_with_quotes_to_refresh(), investment_tenants_with_pending_conversions()
    TO finsuite_investment;

-- finsuite_app, which could do all of the above, is no longer used by anything: it keeps no privilege here, and
-- tables made by later migrations are no longer granted to it by default (they name their service's role instead).
-- It is not dropped, because roles belong to the cluster and other databases on it may still be at an older version.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM finsuite_app;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM finsuite_app;
REVOKE ALL ON FUNCTION auth_login_candidate(text), auth_email_taken(text), prune_refresh_tokens(interval, integer),
    prune_idempotency_keys(), finance_tenants_with_due_work(date), investment_tenants_with_quotes_to_refresh(),
    investment_tenants_with_pending_conversions()
    FROM finsuite_app;
REVOKE USAGE ON SCHEMA public FROM finsuite_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM finsuite_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM finsuite_app;
