-- The investment benchmark's data, as the database owner after both services have migrated the schema.
-- Tenant 1 (measured under load) and tenants 2..31 (each asked once, so investment-service's in-memory caches are
-- cold for it) hold the same ledger: base currency USD, two accounts (FIFO with assets 1-100, AVERAGE with
-- 101-200), 200 STOOQ assets in USD (B001.US .. B200.US), 100 activities per asset from 2016-12 to 2026-09, i.e.
-- 20,000 rows per tenant: per ten rows seven BUYs of 10 units, one SELL of 8, two DIVIDENDs with withheld tax;
-- every row converted (same currency, rate 1), none pending.
-- market-service's side, global: a close of every symbol for every weekday from 2016-11-01 to today, and a
-- history coverage from 2016-01-01 to two days ahead, so no history read ever asks the provider (QuoteHistory:
-- a range is downloaded only when the coverage does not span from-7 days .. today). Latest quotes are not seeded
-- here: they come from the provider stub (run.sh), the real quote path.
\set tenants 31
CREATE TABLE bench_tenants (n integer PRIMARY KEY, id uuid NOT NULL, fifo uuid NOT NULL, average uuid NOT NULL);
INSERT INTO bench_tenants SELECT n, gen_random_uuid(), gen_random_uuid(), gen_random_uuid()
FROM generate_series(1, :tenants) n;
INSERT INTO tenants (id, name, base_currency, timezone) SELECT id, 'Bench ' || n, 'USD', 'UTC' FROM bench_tenants;
INSERT INTO investment_accounts (id, tenant_id, name, broker, currency, cost_basis_method)
SELECT fifo, id, 'Broker A', 'Bench', 'USD', 'FIFO' FROM bench_tenants
UNION ALL SELECT average, id, 'Broker B', 'Bench', 'USD', 'AVERAGE' FROM bench_tenants;

CREATE FUNCTION bench_close(a integer, d date) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT round((20 + a + (d - date '2016-11-01') * 0.02 * (1 + a % 5) / 5
                + 3 * sin((d - date '2016-11-01') / 30.0 + a))::numeric, 2)
$$;

CREATE TABLE bench_assets (n integer, a integer, id uuid NOT NULL, tenant_id uuid NOT NULL, account_id uuid NOT NULL,
                           PRIMARY KEY (n, a));
INSERT INTO bench_assets SELECT t.n, a, gen_random_uuid(), t.id, CASE WHEN a <= 100 THEN t.fifo ELSE t.average END
FROM bench_tenants t CROSS JOIN generate_series(1, 200) a;
INSERT INTO investment_assets (id, tenant_id, symbol, data_source, name, asset_class, currency)
SELECT id, tenant_id, 'B' || lpad(a::text, 3, '0') || '.US', 'STOOQ', 'Bench asset ' || lpad(a::text, 3, '0'),
       'EQUITY', 'USD'
FROM bench_assets;

INSERT INTO investment_activities (id, tenant_id, account_id, asset_id, activity_type, activity_date, quantity,
                                   unit_price, fee, tax, currency, base_currency, base_amount, fx_rate, rate_date,
                                   rate_source)
SELECT gen_random_uuid(), s.tenant_id, s.account_id, s.id, v.type, v.day, v.quantity, v.price, v.fee, v.tax, 'USD',
       'USD', round(v.quantity * v.price, 4), 1, v.day, 'same-currency'
FROM bench_assets s
CROSS JOIN generate_series(0, 99) k
CROSS JOIN LATERAL (SELECT date '2016-12-01' + (k * 36 + s.a % 30) AS day) d
CROSS JOIN LATERAL (SELECT CASE WHEN k % 10 <= 6 THEN 'BUY' WHEN k % 10 = 7 THEN 'SELL' ELSE 'DIVIDEND' END AS type,
                           CASE WHEN k % 10 <= 6 THEN 10 WHEN k % 10 = 7 THEN 8 ELSE 1 END AS quantity,
                           CASE WHEN k % 10 <= 7 THEN bench_close(s.a, d.day) ELSE 0.5 * (k + 1) END AS price,
                           CASE WHEN k % 10 <= 7 THEN 1.00 ELSE 0 END AS fee,
                           CASE WHEN k % 10 <= 7 THEN 0 ELSE round(0.075 * (k + 1), 4) END AS tax,
                           d.day) v;

INSERT INTO quote_closes (symbol, asset_type, close_date, close, currency, source, split_adjusted, origin)
SELECT 'B' || lpad(a::text, 3, '0') || '.US', 'STOCK', d::date, bench_close(a, d::date), 'USD', 'stooq', true, 'download'
FROM generate_series(1, 200) a
CROSS JOIN generate_series(date '2016-11-01', current_date, interval '1 day') d
WHERE extract(isodow FROM d) <= 5;
INSERT INTO quote_history_coverage (symbol, asset_type, covered_from, covered_to, currency, source)
SELECT 'B' || lpad(a::text, 3, '0') || '.US', 'STOCK', date '2016-01-01', current_date + 2, 'USD', 'stooq'
FROM generate_series(1, 200) a;

VACUUM ANALYZE investment_activities;
VACUUM ANALYZE investment_assets;
VACUUM ANALYZE quote_closes;
