-- investment-service: the watchlist, price alerts on its symbols, and every firing of an alert.

-- A symbol the tenant watches, once per provider. MANUAL has no market quotes, so it cannot be watched.
-- The latest quote the refresh job saw is kept beside it: a fallback (shown as stale) while market-service is away.
CREATE TABLE investment_watchlist_items (
    id                  uuid PRIMARY KEY,
    tenant_id           uuid            NOT NULL REFERENCES tenants ON DELETE CASCADE,
    symbol              varchar(32)     NOT NULL CHECK (symbol ~ '^[A-Z0-9._^=-]{1,32}$'),
    data_source         varchar(16)     NOT NULL CHECK (data_source IN ('STOOQ', 'COINGECKO', 'ALPHA_VANTAGE')),
    note                varchar(1000),
    metadata            jsonb           NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    last_price          numeric(28, 10),
    last_currency       varchar(8),
    last_quoted_at      timestamptz,
    created_at          timestamptz     NOT NULL DEFAULT now(),
    updated_at          timestamptz     NOT NULL DEFAULT now(),
    version             bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, data_source, symbol)
);
CREATE INDEX investment_watchlist_items_list_idx ON investment_watchlist_items (tenant_id, created_at DESC, id);
SELECT isolate_by_tenant('investment_watchlist_items');

-- ABOVE fires at price >= threshold, BELOW at price <= threshold, MOVE_PERCENT when the price is at least
-- threshold percent away from the previous close. An alert fires once, then waits TRIGGERED until re-armed.
CREATE TABLE investment_price_alerts (
    id               uuid PRIMARY KEY,
    tenant_id        uuid            NOT NULL,
    item_id          uuid            NOT NULL,
    condition        varchar(16)     NOT NULL CHECK (condition IN ('ABOVE', 'BELOW', 'MOVE_PERCENT')),
    threshold        numeric(28, 10) NOT NULL CHECK (threshold > 0),
    state            varchar(10)     NOT NULL CHECK (state IN ('ARMED', 'TRIGGERED', 'PAUSED')),
    triggered_price  numeric(28, 10),
    triggered_at     timestamptz,
    created_at       timestamptz     NOT NULL DEFAULT now(),
    updated_at       timestamptz     NOT NULL DEFAULT now(),
    version          bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    -- The same alert twice is one alert (numeric equality: 100 and 100.00 are the same threshold).
    UNIQUE (tenant_id, item_id, condition, threshold),
    FOREIGN KEY (tenant_id, item_id) REFERENCES investment_watchlist_items (tenant_id, id) ON DELETE CASCADE,
    CHECK (state <> 'TRIGGERED' OR (triggered_price IS NOT NULL AND triggered_at IS NOT NULL))
);
CREATE INDEX investment_price_alerts_armed_idx ON investment_price_alerts (tenant_id, item_id) WHERE state = 'ARMED';
SELECT isolate_by_tenant('investment_price_alerts');

-- Every firing, kept as it happened (symbol and rule copied), even after the alert or the item is deleted.
CREATE TABLE investment_alert_events (
    id               uuid PRIMARY KEY,
    tenant_id        uuid            NOT NULL REFERENCES tenants ON DELETE CASCADE,
    alert_id         uuid            NOT NULL,
    item_id          uuid            NOT NULL,
    symbol           varchar(32)     NOT NULL,
    data_source      varchar(16)     NOT NULL,
    condition        varchar(16)     NOT NULL,
    threshold        numeric(28, 10) NOT NULL,
    price            numeric(28, 10) NOT NULL,
    currency         varchar(8),
    -- The previous close a MOVE_PERCENT alert measured against; null for ABOVE and BELOW.
    reference_price  numeric(28, 10),
    fired_at         timestamptz     NOT NULL,
    created_at       timestamptz     NOT NULL DEFAULT now()
);
CREATE INDEX investment_alert_events_list_idx ON investment_alert_events (tenant_id, fired_at DESC, id);
CREATE INDEX investment_alert_events_alert_idx ON investment_alert_events (tenant_id, alert_id, fired_at DESC);
SELECT isolate_by_tenant('investment_alert_events');

-- The quote-refresh job works tenant by tenant under row-level security; this function tells it which tenants
-- watch symbols (and so may have armed alerts) or hold market-priced assets, and nothing else, through a role
-- that can only read those columns.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_investment_jobs') THEN
        BEGIN
            CREATE ROLE finsuite_investment_jobs NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_investment_jobs TO %I', current_user);
    END IF;
END
$$;
GRANT SELECT (tenant_id) ON investment_watchlist_items TO finsuite_investment_jobs;
GRANT SELECT (tenant_id, id, data_source) ON investment_assets TO finsuite_investment_jobs;
GRANT SELECT (tenant_id, asset_id) ON investment_activities TO finsuite_investment_jobs;
CREATE POLICY quote_refresh_lookup ON investment_watchlist_items FOR SELECT TO finsuite_investment_jobs USING (true);
CREATE POLICY quote_refresh_lookup ON investment_assets FOR SELECT TO finsuite_investment_jobs USING (true);
CREATE POLICY quote_refresh_lookup ON investment_activities FOR SELECT TO finsuite_investment_jobs USING (true);
CREATE FUNCTION investment_tenants_with_quotes_to_refresh() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT tenant_id FROM investment_watchlist_items
      UNION
      SELECT act.tenant_id FROM investment_activities act
        JOIN investment_assets asset ON asset.tenant_id = act.tenant_id AND asset.id = act.asset_id
       WHERE asset.data_source <> 'MANUAL' $$;
GRANT CREATE ON SCHEMA public TO finsuite_investment_jobs;
ALTER FUNCTION investment_tenants_with_quotes_to_refresh() OWNER TO finsuite_investment_jobs;
REVOKE CREATE ON SCHEMA public FROM finsuite_investment_jobs;
REVOKE ALL ON FUNCTION investment_tenants_with_quotes_to_refresh() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION investment_tenants_with_quotes_to_refresh() TO finsuite_app;

-- The conversion job completes activities saved while market-service had no rate; this tells it which tenants
-- have any, and nothing else.
GRANT SELECT (tenant_id, base_amount) ON investment_activities TO finsuite_investment_jobs;
CREATE FUNCTION investment_tenants_with_pending_conversions() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT DISTINCT tenant_id FROM investment_activities WHERE base_amount IS NULL $$;
GRANT CREATE ON SCHEMA public TO finsuite_investment_jobs;
ALTER FUNCTION investment_tenants_with_pending_conversions() OWNER TO finsuite_investment_jobs;
REVOKE CREATE ON SCHEMA public FROM finsuite_investment_jobs;
REVOKE ALL ON FUNCTION investment_tenants_with_pending_conversions() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION investment_tenants_with_pending_conversions() TO finsuite_app;
