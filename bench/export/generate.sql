-- The export benchmark's data (psql variables rows, tenant, target), as the database owner after export-service
-- has migrated the schema: one household
-- (base currency INR) with 1,000,000 expenses over ten years, in 12 of the system expense categories, with a
-- description, a counterparty, tags and, for one row in ten, a second currency converted to INR. A second, empty
-- household is the target of the restore.
INSERT INTO tenants (id, name, base_currency, timezone) VALUES
  (:'tenant', 'Bench household', 'INR', 'Asia/Kolkata'),
  (:'target', 'Bench restore target', 'INR', 'Asia/Kolkata');
CREATE TEMP TABLE bench_categories AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM finance_categories
WHERE tenant_id IS NULL AND type = 'EXPENSE' ORDER BY id LIMIT 12;
INSERT INTO finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description, counterparty,
                             payment_method, tags, base_currency, base_amount, fx_rate, fx_rate_date, fx_source)
SELECT gen_random_uuid(), :'tenant', 'EXPENSE', e.amount, e.currency, e.day, c.id,
       'Bench expense ' || n, 'Shop ' || (n % 500), 'CARD', ARRAY['bench', 'tag' || (n % 20)], 'INR',
       CASE WHEN e.currency = 'INR' THEN e.amount ELSE round(e.amount * 89.125, 2) END,
       CASE WHEN e.currency = 'INR' THEN 1 ELSE 89.125 END, e.day,
       CASE WHEN e.currency = 'INR' THEN 'same-currency' ELSE 'ECB' END
FROM generate_series(1, :rows) n
CROSS JOIN LATERAL (SELECT round((10 + (n::bigint * 7919) % 500000 / 100.0)::numeric, 2) AS amount,
                           CASE WHEN n % 10 = 0 THEN 'EUR' ELSE 'INR' END AS currency,
                           date '2016-11-01' + (n % 3650) AS day) e
JOIN bench_categories c ON c.k = n % 12;
ANALYZE finance_entries;
