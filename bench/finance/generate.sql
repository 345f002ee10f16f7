-- The benchmark's data: 100 households with 10,000 expenses each (1,000,000 rows) and one household with
-- 1,000,000 expenses of its own, spread over 2024-01-01 .. 2026-12-31 (about 27,000 a month for the big one).
-- Run as the database owner after finance-service has migrated the schema.
CREATE TABLE bench_tenants (n integer PRIMARY KEY, id uuid NOT NULL, rows integer NOT NULL);
INSERT INTO bench_tenants
SELECT n, gen_random_uuid(), CASE WHEN n = 101 THEN 1000000 ELSE 10000 END FROM generate_series(1, 101) n;
INSERT INTO tenants (id, name, base_currency, timezone) SELECT id, 'Bench ' || n, 'INR', 'UTC' FROM bench_tenants;

INSERT INTO finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description,
                             counterparty, payment_method, tags, metadata, base_currency, base_amount, fx_rate,
                             fx_rate_date, fx_source)
SELECT gen_random_uuid(), t.id, 'EXPENSE', amount, 'INR', day,
       (ARRAY['00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000000103',
              '00000000-0000-4000-8000-000000000105', '00000000-0000-4000-8000-000000000106',
              '00000000-0000-4000-8000-000000000108', '00000000-0000-4000-8000-000000000111']::uuid[])[1 + g % 6],
       'Bench expense ' || g, 'Payee ' || (g % 500), 'UPI', ARRAY['tag' || (g % 20)], '{}'::jsonb,
       'INR', amount, 1, day, 'same-currency'
FROM bench_tenants t
CROSS JOIN LATERAL generate_series(1, t.rows) g
CROSS JOIN LATERAL (SELECT round((1 + (g::bigint * 7919 % 500000) / 100.0)::numeric, 2) AS amount,
                           date '2024-01-01' + (g::bigint * 31 % 1096)::integer AS day) v;
VACUUM ANALYZE finance_entries;
