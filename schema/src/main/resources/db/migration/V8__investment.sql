-- investment-service: an exact ledger of investment activities. Holdings, gains and performance are not
-- stored: they are replayed from the activities (and splits) so they can never drift from them, and a change of
-- cost-basis method recomputes every figure.
CREATE TABLE investment_accounts (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid          NOT NULL REFERENCES tenants ON DELETE CASCADE,
    name               varchar(120)  NOT NULL,
    broker             varchar(120),
    currency           varchar(8)    NOT NULL REFERENCES currencies (code),
    cost_basis_method  varchar(8)    NOT NULL CHECK (cost_basis_method IN ('AVERAGE', 'FIFO')),
    notes              varchar(2000),
    metadata           jsonb         NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    version            bigint        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, name)
);
SELECT isolate_by_tenant('investment_accounts');

-- A listed symbol priced by a market-service provider, or a manual asset (a fixed deposit, gold, property, a
-- private fund) priced by the tenant's own dated prices.
CREATE TABLE investment_assets (
    id           uuid PRIMARY KEY,
    tenant_id    uuid          NOT NULL REFERENCES tenants ON DELETE CASCADE,
    symbol       varchar(32),
    data_source  varchar(16)   NOT NULL CHECK (data_source IN ('STOOQ', 'COINGECKO', 'ALPHA_VANTAGE', 'MANUAL')),
    name         varchar(200)  NOT NULL,
    asset_class  varchar(16)   NOT NULL CHECK (asset_class IN ('EQUITY', 'ETF', 'MUTUAL_FUND', 'BOND', 'CRYPTO',
                                                               'COMMODITY', 'CASH', 'REAL_ESTATE', 'OTHER')),
    currency     varchar(8)    NOT NULL REFERENCES currencies (code),
    notes        varchar(2000),
    metadata     jsonb         NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    version      bigint        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    CHECK (data_source = 'MANUAL' OR symbol IS NOT NULL)
);
CREATE UNIQUE INDEX investment_assets_symbol_idx ON investment_assets (tenant_id, data_source, symbol)
    WHERE symbol IS NOT NULL;
SELECT isolate_by_tenant('investment_assets');

-- The tenant's own dated prices of a manual asset; one per day, the latest entry of the day wins.
CREATE TABLE investment_asset_prices (
    tenant_id   uuid           NOT NULL,
    asset_id    uuid           NOT NULL,
    price_date  date           NOT NULL,
    price       numeric(28, 10) NOT NULL CHECK (price >= 0),
    created_at  timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, asset_id, price_date),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES investment_assets (tenant_id, id) ON DELETE CASCADE
);
SELECT isolate_by_tenant('investment_asset_prices');

-- Stock splits: from the ex-date on, one share held becomes numerator/denominator shares.
CREATE TABLE investment_splits (
    id           uuid PRIMARY KEY,
    tenant_id    uuid         NOT NULL,
    asset_id     uuid         NOT NULL,
    ex_date      date         NOT NULL,
    numerator    integer      NOT NULL CHECK (numerator BETWEEN 1 AND 1000000),
    denominator  integer      NOT NULL CHECK (denominator BETWEEN 1 AND 1000000),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, asset_id, ex_date),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES investment_assets (tenant_id, id) ON DELETE CASCADE,
    CHECK (numerator <> denominator)
);
SELECT isolate_by_tenant('investment_splits');

-- The seed's Investment rows. Quantities are in the units of their own date (before later splits); prices in
-- the asset's currency per such unit. Each row keeps its gross amount's rate to the tenant's base currency at
-- its date, as finance does (base_amount NULL while pending).
CREATE TABLE investment_activities (
    id             uuid PRIMARY KEY,
    tenant_id      uuid            NOT NULL,
    account_id     uuid            NOT NULL,
    asset_id       uuid            NOT NULL,
    activity_type  varchar(16)     NOT NULL CHECK (activity_type IN ('BUY', 'SELL', 'DIVIDEND', 'INTEREST', 'FEE',
                                                                     'TAX', 'TRANSFER_IN', 'TRANSFER_OUT')),
    activity_date  date            NOT NULL,
    quantity       numeric(28, 10) NOT NULL CHECK (quantity >= 0),
    unit_price     numeric(28, 10) NOT NULL CHECK (unit_price >= 0),
    fee            numeric(19, 4)  NOT NULL DEFAULT 0 CHECK (fee >= 0),
    tax            numeric(19, 4)  NOT NULL DEFAULT 0 CHECK (tax >= 0),
    currency       varchar(8)      NOT NULL REFERENCES currencies (code),
    note           varchar(1000),
    metadata       jsonb           NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    base_currency  varchar(8)      NOT NULL,
    base_amount    numeric(19, 4),
    fx_rate        numeric(28, 12),
    rate_date      date,
    rate_source    varchar(32),
    import_key     varchar(64),
    created_at     timestamptz     NOT NULL DEFAULT now(),
    updated_at     timestamptz     NOT NULL DEFAULT now(),
    version        bigint          NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, account_id) REFERENCES investment_accounts (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, asset_id) REFERENCES investment_assets (tenant_id, id) ON DELETE RESTRICT
);
CREATE INDEX investment_activities_date_idx ON investment_activities (tenant_id, activity_date, created_at);
CREATE INDEX investment_activities_asset_idx ON investment_activities (tenant_id, asset_id, account_id, activity_date);
CREATE INDEX investment_activities_pending_idx ON investment_activities (tenant_id) WHERE base_amount IS NULL;
-- A row imported twice is imported once: its content hash is unique per tenant.
CREATE UNIQUE INDEX investment_activities_import_idx ON investment_activities (tenant_id, import_key)
    WHERE import_key IS NOT NULL;
SELECT isolate_by_tenant('investment_activities');
