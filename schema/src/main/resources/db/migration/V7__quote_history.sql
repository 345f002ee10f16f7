-- market-service: daily closes per symbol (quote history), global from providers, per tenant from manual prices.

-- One close per symbol, asset type and day, whichever provider gave it last (a history download, or a quote
-- refresh on that day). One row per day rather than one per source because a symbol's asset type has one
-- configured provider at a time, and the series must not mix providers' adjustment bases on the same day
-- (Stooq adjusts for dividends too, Alpha Vantage not even for splits); the primary key doubles as the index
-- for range reads. split_adjusted is false where the provider gave raw closes (Alpha Vantage TIME_SERIES_DAILY).
CREATE TABLE quote_closes (
    symbol         varchar(64)     NOT NULL,
    asset_type     varchar(16)     NOT NULL,
    close_date     date            NOT NULL,
    close          numeric(28, 10) NOT NULL CHECK (close > 0),
    currency       varchar(8)      NOT NULL,
    source         varchar(32)     NOT NULL,
    split_adjusted boolean         NOT NULL DEFAULT true,
    fetched_at     timestamptz     NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, asset_type, close_date)
);

-- Which days of a symbol's history a provider download has already covered (days without a row inside it
-- are days without trading), so a range read asks the provider only for what was never downloaded.
CREATE TABLE quote_history_coverage (
    symbol       varchar(64)  NOT NULL,
    asset_type   varchar(16)  NOT NULL,
    covered_from date         NOT NULL,
    covered_to   date         NOT NULL CHECK (covered_to >= covered_from),
    currency     varchar(8)   NOT NULL,
    source       varchar(32)  NOT NULL,
    fetched_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, asset_type)
);

-- A tenant's manual price, one per day it was set (manual_prices keeps only the latest): closes for that
-- tenant only, winning over providers on the same day.
CREATE TABLE manual_closes (
    id         uuid PRIMARY KEY,
    tenant_id  uuid            NOT NULL REFERENCES tenants ON DELETE CASCADE,
    symbol     varchar(64)     NOT NULL,
    asset_type varchar(16)     NOT NULL,
    close_date date            NOT NULL,
    close      numeric(28, 10) NOT NULL CHECK (close >= 0),
    currency   varchar(8)      NOT NULL,
    created_at timestamptz     NOT NULL DEFAULT now(),
    updated_at timestamptz     NOT NULL DEFAULT now(),
    version    bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, symbol, asset_type, close_date)
);

SELECT isolate_by_tenant('manual_closes');
