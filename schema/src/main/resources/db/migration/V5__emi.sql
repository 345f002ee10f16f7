-- Loans repaid in equated monthly instalments. The schedule is not stored: it is projected from the loan's
-- terms plus its prepayments and rate changes, so it can never drift from them.
CREATE TABLE emi_loans (
    id              uuid PRIMARY KEY,
    tenant_id       uuid          NOT NULL REFERENCES tenants ON DELETE CASCADE,
    name            varchar(120)  NOT NULL,
    lender          varchar(120),
    loan_type       varchar(16)   NOT NULL CHECK (loan_type IN ('HOME', 'CAR', 'PERSONAL', 'EDUCATION', 'GOLD', 'OTHER')),
    principal       numeric(19, 4) NOT NULL CHECK (principal > 0),
    currency        varchar(8)    NOT NULL REFERENCES currencies (code),
    annual_rate     numeric(7, 4) NOT NULL CHECK (annual_rate >= 0 AND annual_rate <= 100),
    tenure_months   integer       NOT NULL CHECK (tenure_months BETWEEN 1 AND 600),
    disbursal_date  date          NOT NULL,
    first_emi_date  date          NOT NULL CHECK (first_emi_date >= disbursal_date),
    status          varchar(8)    NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    notes           varchar(2000),
    metadata        jsonb         NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         bigint        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE INDEX emi_loans_tenant_created_idx ON emi_loans (tenant_id, created_at);
SELECT isolate_by_tenant('emi_loans');

CREATE TABLE emi_payments (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid           NOT NULL,
    loan_id            uuid           NOT NULL,
    instalment_number  integer        NOT NULL CHECK (instalment_number > 0),
    amount             numeric(19, 4) NOT NULL CHECK (amount > 0),
    paid_on            date           NOT NULL,
    days_late          integer        NOT NULL CHECK (days_late >= 0),
    created_at         timestamptz    NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, loan_id) REFERENCES emi_loans (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX emi_payments_loan_idx ON emi_payments (tenant_id, loan_id, instalment_number);
SELECT isolate_by_tenant('emi_payments');

-- Prepayments and rate changes are the loan's history of re-projections, kept in the order they apply.
CREATE TABLE emi_prepayments (
    id          uuid PRIMARY KEY,
    tenant_id   uuid           NOT NULL,
    loan_id     uuid           NOT NULL,
    amount      numeric(19, 4) NOT NULL CHECK (amount > 0),
    prepaid_on  date           NOT NULL,
    strategy    varchar(16)    NOT NULL CHECK (strategy IN ('REDUCE_TENURE', 'REDUCE_EMI')),
    created_at  timestamptz    NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, loan_id) REFERENCES emi_loans (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX emi_prepayments_loan_idx ON emi_prepayments (tenant_id, loan_id, prepaid_on);
SELECT isolate_by_tenant('emi_prepayments');

CREATE TABLE emi_rate_changes (
    id              uuid PRIMARY KEY,
    tenant_id       uuid          NOT NULL,
    loan_id         uuid          NOT NULL,
    annual_rate     numeric(7, 4) NOT NULL CHECK (annual_rate >= 0 AND annual_rate <= 100),
    effective_from  date          NOT NULL,
    strategy        varchar(16)   NOT NULL CHECK (strategy IN ('REDUCE_TENURE', 'REDUCE_EMI')),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, loan_id) REFERENCES emi_loans (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX emi_rate_changes_loan_idx ON emi_rate_changes (tenant_id, loan_id, effective_from);
SELECT isolate_by_tenant('emi_rate_changes');

-- Documents live in PostgreSQL: they are backed up, isolated by tenant and deleted with their loan by the
-- same mechanisms as the loan itself, and every replica sees them without a shared volume.
CREATE TABLE emi_documents (
    id             uuid PRIMARY KEY,
    tenant_id      uuid         NOT NULL,
    loan_id        uuid         NOT NULL,
    stored_name    varchar(64)  NOT NULL,
    original_name  varchar(255) NOT NULL,
    content_type   varchar(32)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes     integer      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256         varchar(64)  NOT NULL,
    content        bytea        NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, loan_id) REFERENCES emi_loans (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX emi_documents_loan_idx ON emi_documents (tenant_id, loan_id, created_at);
SELECT isolate_by_tenant('emi_documents');
