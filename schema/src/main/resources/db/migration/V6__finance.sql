-- finance-service: categories, expenses and income, budgets, money owed between people, recurring rules.

-- System categories have no tenant and are visible to every tenant; custom ones belong to one tenant.
CREATE TABLE finance_categories (
    id          uuid PRIMARY KEY,
    tenant_id   uuid         REFERENCES tenants ON DELETE CASCADE,
    name        varchar(60)  NOT NULL,
    type        varchar(8)   NOT NULL CHECK (type IN ('EXPENSE', 'INCOME')),
    parent_id   uuid         REFERENCES finance_categories (id),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX finance_categories_custom_name_idx
    ON finance_categories (tenant_id, type, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name))
    WHERE tenant_id IS NOT NULL;
CREATE INDEX finance_categories_parent_idx ON finance_categories (parent_id);
INSERT INTO finance_categories (id, tenant_id, name, type, parent_id) VALUES
    ('00000000-0000-4000-8000-000000000101', NULL, 'Food & Dining', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000102', NULL, 'Groceries', 'EXPENSE', '00000000-0000-4000-8000-000000000101'),
    ('00000000-0000-4000-8000-000000000103', NULL, 'Restaurants', 'EXPENSE', '00000000-0000-4000-8000-000000000101'),
    ('00000000-0000-4000-8000-000000000104', NULL, 'Housing', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000105', NULL, 'Rent', 'EXPENSE', '00000000-0000-4000-8000-000000000104'),
    ('00000000-0000-4000-8000-000000000106', NULL, 'Utilities', 'EXPENSE', '00000000-0000-4000-8000-000000000104'),
    ('00000000-0000-4000-8000-000000000107', NULL, 'Transport', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000108', NULL, 'Fuel', 'EXPENSE', '00000000-0000-4000-8000-000000000107'),
    ('00000000-0000-4000-8000-000000000109', NULL, 'Health', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000110', NULL, 'Education', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000111', NULL, 'Shopping', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000112', NULL, 'Entertainment', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000113', NULL, 'Travel', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000114', NULL, 'Insurance', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000115', NULL, 'Taxes', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000116', NULL, 'Gifts & Donations', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000117', NULL, 'Other Expenses', 'EXPENSE', NULL),
    ('00000000-0000-4000-8000-000000000201', NULL, 'Salary', 'INCOME', NULL),
    ('00000000-0000-4000-8000-000000000202', NULL, 'Business', 'INCOME', NULL),
    ('00000000-0000-4000-8000-000000000203', NULL, 'Interest & Dividends', 'INCOME', NULL),
    ('00000000-0000-4000-8000-000000000204', NULL, 'Rental Income', 'INCOME', NULL),
    ('00000000-0000-4000-8000-000000000205', NULL, 'Gifts Received', 'INCOME', NULL),
    ('00000000-0000-4000-8000-000000000206', NULL, 'Refunds', 'INCOME', NULL),
    ('00000000-0000-4000-8000-000000000207', NULL, 'Other Income', 'INCOME', NULL);

-- Row-level security after the seed: forced, it would refuse the system rows even to a non-superuser owner.
ALTER TABLE finance_categories ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_categories FORCE ROW LEVEL SECURITY;
-- Everyone reads the system categories; nobody but a migration writes them.
CREATE POLICY tenant_isolation ON finance_categories
    USING (tenant_id IS NULL OR tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

CREATE TABLE finance_recurring_rules (
    id               uuid PRIMARY KEY,
    tenant_id        uuid           NOT NULL REFERENCES tenants ON DELETE CASCADE,
    kind             varchar(8)     NOT NULL CHECK (kind IN ('EXPENSE', 'INCOME')),
    amount           numeric(19, 4) NOT NULL CHECK (amount > 0),
    currency         varchar(8)     NOT NULL REFERENCES currencies (code),
    category_id      uuid           NOT NULL REFERENCES finance_categories (id),
    description      varchar(1000),
    counterparty     varchar(200),
    payment_method   varchar(16),
    tags             text[]         NOT NULL DEFAULT '{}',
    frequency        varchar(8)     NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY')),
    interval_count   integer        NOT NULL CHECK (interval_count BETWEEN 1 AND 366),
    day_of_month     integer        CHECK (day_of_month BETWEEN 1 AND 31),
    start_date       date           NOT NULL,
    end_date         date           CHECK (end_date >= start_date),
    max_occurrences  integer        CHECK (max_occurrences > 0),
    active           boolean        NOT NULL,
    -- The next occurrence to materialise, by number from the start and by date (null: the rule has ended).
    next_index       integer        NOT NULL DEFAULT 0,
    next_date        date,
    created_at       timestamptz    NOT NULL DEFAULT now(),
    updated_at       timestamptz    NOT NULL DEFAULT now(),
    version          bigint         NOT NULL DEFAULT 0
);
CREATE INDEX finance_recurring_rules_tenant_idx ON finance_recurring_rules (tenant_id, created_at);
CREATE INDEX finance_recurring_rules_due_idx ON finance_recurring_rules (next_date) WHERE active;
SELECT isolate_by_tenant('finance_recurring_rules');

-- Expenses and income are one table: they are the same movement in two directions, and every report
-- (summaries, budgets, exports) reads both.
CREATE TABLE finance_entries (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid           NOT NULL REFERENCES tenants ON DELETE CASCADE,
    kind               varchar(8)     NOT NULL CHECK (kind IN ('EXPENSE', 'INCOME')),
    amount             numeric(19, 4) NOT NULL CHECK (amount > 0),
    currency           varchar(8)     NOT NULL REFERENCES currencies (code),
    entry_date         date           NOT NULL,
    category_id        uuid           NOT NULL REFERENCES finance_categories (id),
    description        varchar(1000),
    counterparty       varchar(200),
    payment_method     varchar(16)    CHECK (payment_method IN ('CASH', 'CARD', 'BANK_TRANSFER', 'UPI', 'WALLET', 'CHEQUE', 'OTHER')),
    tags               text[]         NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 50),
    metadata           jsonb          NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    -- Set null when the rule is deleted: what it created stays. (The app checks the rule is the tenant's.)
    recurring_rule_id  uuid           REFERENCES finance_recurring_rules (id) ON DELETE SET NULL,
    occurrence_date    date,
    -- The amount in the tenant's base currency and how it was obtained; all null while the conversion is pending.
    base_currency      varchar(8)     NOT NULL,
    base_amount        numeric(19, 4),
    fx_rate            numeric,
    fx_rate_date       date,
    fx_source          varchar(40),
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now(),
    version            bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    -- A recurring rule's occurrence exists at most once, whichever replica materialised it.
    UNIQUE (recurring_rule_id, occurrence_date),
    CHECK ((base_amount IS NULL) = (fx_rate IS NULL))
);
CREATE INDEX finance_entries_date_idx ON finance_entries (tenant_id, kind, entry_date DESC, id)
    INCLUDE (category_id, base_currency, base_amount);
CREATE INDEX finance_entries_category_idx ON finance_entries (tenant_id, category_id, entry_date);
-- Tags are searched within one tenant: (tenant_id, tags) in one GIN index (btree_gin, a trusted extension
-- shipped with PostgreSQL), so a tag filter never walks every tenant's rows that carry the tag.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX finance_entries_tags_idx ON finance_entries USING gin (tenant_id, tags);
CREATE INDEX finance_entries_pending_idx ON finance_entries (tenant_id) WHERE base_amount IS NULL;
SELECT isolate_by_tenant('finance_entries');

CREATE TABLE finance_budgets (
    id            uuid PRIMARY KEY,
    tenant_id     uuid           NOT NULL REFERENCES tenants ON DELETE CASCADE,
    name          varchar(120)   NOT NULL,
    category_id   uuid           REFERENCES finance_categories (id),
    amount_limit  numeric(19, 4) NOT NULL CHECK (amount_limit > 0),
    currency      varchar(8)     NOT NULL REFERENCES currencies (code),
    period        varchar(10)    NOT NULL CHECK (period IN ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    start_date    date           NOT NULL,
    rollover      varchar(16)    NOT NULL CHECK (rollover IN ('NONE', 'CARRY_SURPLUS', 'CARRY_ALL')),
    created_at    timestamptz    NOT NULL DEFAULT now(),
    updated_at    timestamptz    NOT NULL DEFAULT now(),
    version       bigint         NOT NULL DEFAULT 0
);
CREATE INDEX finance_budgets_tenant_idx ON finance_budgets (tenant_id, created_at);
SELECT isolate_by_tenant('finance_budgets');

-- Money owed between people: BORROWED (you owe them) or LENT (they owe you).
CREATE TABLE finance_debts (
    id                    uuid PRIMARY KEY,
    tenant_id             uuid           NOT NULL REFERENCES tenants ON DELETE CASCADE,
    direction             varchar(8)     NOT NULL CHECK (direction IN ('BORROWED', 'LENT')),
    counterparty_name     varchar(120)   NOT NULL,
    counterparty_contact  varchar(200),
    principal             numeric(19, 4) NOT NULL CHECK (principal > 0),
    currency              varchar(8)     NOT NULL REFERENCES currencies (code),
    start_date            date           NOT NULL,
    due_date              date           CHECK (due_date >= start_date),
    interest_rate         numeric(7, 4)  CHECK (interest_rate >= 0 AND interest_rate <= 100),
    notes                 varchar(2000),
    total_due             numeric(19, 4) NOT NULL CHECK (total_due >= principal),
    paid                  numeric(19, 4) NOT NULL DEFAULT 0 CHECK (paid >= 0 AND paid <= total_due),
    created_at            timestamptz    NOT NULL DEFAULT now(),
    updated_at            timestamptz    NOT NULL DEFAULT now(),
    version               bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE INDEX finance_debts_tenant_idx ON finance_debts (tenant_id, direction, start_date);
SELECT isolate_by_tenant('finance_debts');

-- Repayments of borrowings and collections of lendings.
CREATE TABLE finance_debt_payments (
    id          uuid PRIMARY KEY,
    tenant_id   uuid           NOT NULL,
    debt_id     uuid           NOT NULL,
    amount      numeric(19, 4) NOT NULL CHECK (amount > 0),
    paid_on     date           NOT NULL,
    note        varchar(500),
    created_at  timestamptz    NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, debt_id) REFERENCES finance_debts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX finance_debt_payments_debt_idx ON finance_debt_payments (tenant_id, debt_id, paid_on);
SELECT isolate_by_tenant('finance_debt_payments');

-- The scheduled jobs work tenant by tenant under row-level security; this function tells them which tenants
-- have work (due occurrences or pending conversions), and nothing else, through a role that can only read that.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_finance_jobs') THEN
        BEGIN
            CREATE ROLE finsuite_finance_jobs NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_finance_jobs TO %I', current_user);
    END IF;
END
$$;
GRANT SELECT (tenant_id, next_date, active) ON finance_recurring_rules TO finsuite_finance_jobs;
GRANT SELECT (tenant_id, base_amount) ON finance_entries TO finsuite_finance_jobs;
CREATE POLICY due_work_lookup ON finance_recurring_rules FOR SELECT TO finsuite_finance_jobs USING (true);
CREATE POLICY due_work_lookup ON finance_entries FOR SELECT TO finsuite_finance_jobs USING (true);
CREATE FUNCTION finance_tenants_with_due_work(p_today date) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT tenant_id FROM finance_recurring_rules WHERE active AND next_date <= p_today
      UNION
      SELECT tenant_id FROM finance_entries WHERE base_amount IS NULL $$;
GRANT CREATE ON SCHEMA public TO finsuite_finance_jobs;
ALTER FUNCTION finance_tenants_with_due_work(date) OWNER TO finsuite_finance_jobs;
REVOKE CREATE ON SCHEMA public FROM finsuite_finance_jobs;
REVOKE ALL ON FUNCTION finance_tenants_with_due_work(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION finance_tenants_with_due_work(date) TO finsuite_app;
