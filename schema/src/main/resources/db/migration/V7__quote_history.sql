-- market-service: daily closes per symbol (quote history), global from providers, per tenant from manual prices.

-- One close per symbol, asset type and day: the last history download's, else a quote refresh's on that day. One row per day rather than one per source because a symbol's asset type has one
-- configured provider at a time, and the series must not mix providers' adjustment bases on the same day
-- (Stooq adjusts for dividends too, Alpha Vantage not even for splits); the primary key doubles as the index
-- for range reads. split_adjusted says per close whether it is in today's share units: true for Stooq's and
-- CoinGecko's downloads (adjusted as of the download), false for raw downloads (Alpha Vantage TIME_SERIES_DAILY)
-- and for refresh closes (a live price is per unit of its own day); no default, every writer says which.
-- origin tells a downloaded close ('download') from a quote refresh's stand-in for the day ('refresh'): a refresh
-- only fills a day without a downloaded close, and only downloaded closes are compared with a later download
-- to notice a changed adjustment basis (a split, or a Stooq dividend adjustment).
CREATE TABLE quote_closes (
    symbol         varchar(64)     NOT NULL,
    asset_type     varchar(16)     NOT NULL,
    close_date     date            NOT NULL,
    close          numeric(28, 10) NOT NULL CHECK (close > 0),
    currency       varchar(8)      NOT NULL,
    source         varchar(32)     NOT NULL,
    split_adjusted boolean         NOT NULL,
    origin         varchar(16)     NOT NULL CHECK (origin IN ('download', 'refresh')),
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
-- tenant only, winning over providers on the same day. A manual price is per unit of its own day, so these
-- closes are never split-adjusted (served with splitAdjusted false).
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
