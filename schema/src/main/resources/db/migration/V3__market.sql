-- market-service: currencies (global reference data), exchange rates, asset quotes, provider keys.

-- ISO 4217 currencies in current use, generated once from the JDK's ISO 4217 table (names in English, the
-- symbol a locale of a country using it prints). Retired codes, funds and metals are left out; operators add
-- non-ISO units (BTC, XAU, …) and retire codes with a migration of their own, see README.md.
CREATE TABLE currencies (
    code        varchar(8)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{3,8}$'),
    name        varchar(80)  NOT NULL,
    minor_units smallint     NOT NULL CHECK (minor_units BETWEEN 0 AND 18),
    symbol      varchar(16)  NOT NULL,
    active      boolean      NOT NULL DEFAULT true,
    iso         boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);

INSERT INTO currencies (code, name, minor_units, symbol, active) VALUES
    ('AED', 'United Arab Emirates Dirham', 2, 'د.إ.', true),
    ('AFN', 'Afghan Afghani', 2, '؋', true),
    ('ALL', 'Albanian Lek', 2, 'Lekë', true),
    ('AMD', 'Armenian Dram', 2, '֏', true),
    ('ANG', 'Netherlands Antillean Guilder', 2, 'ANG', true),
    ('AOA', 'Angolan Kwanza', 2, 'Kz', true),
    ('ARS', 'Argentine Peso', 2, '$', true),
    ('AUD', 'Australian Dollar', 2, '$', true),
    ('AWG', 'Aruban Florin', 2, 'Afl.', true),
    ('AZN', 'Azerbaijani Manat', 2, '₼', true),
    ('BAM', 'Bosnia-Herzegovina Convertible Mark', 2, 'KM', true),
    ('BBD', 'Barbadian Dollar', 2, '$', true),
    ('BDT', 'Bangladeshi Taka', 2, '৳', true),
    ('BGN', 'Bulgarian Lev', 2, 'лв.', false),
    ('BHD', 'Bahraini Dinar', 3, 'د.ب.', true),
    ('BIF', 'Burundian Franc', 0, 'FBu', true),
    ('BMD', 'Bermudan Dollar', 2, '$', true),
    ('BND', 'Brunei Dollar', 2, '$', true),
    ('BOB', 'Bolivian Boliviano', 2, 'Bs', true),
    ('BRL', 'Brazilian Real', 2, 'R$', true),
    ('BSD', 'Bahamian Dollar', 2, '$', true),
    ('BTN', 'Bhutanese Ngultrum', 2, 'Nu.', true),
    ('BWP', 'Botswanan Pula', 2, 'P', true),
    ('BYN', 'Belarusian Ruble', 2, 'Br', true),
    ('BZD', 'Belize Dollar', 2, '$', true),
    ('CAD', 'Canadian Dollar', 2, '$', true),
    ('CDF', 'Congolese Franc', 2, 'FC', true),
    ('CHF', 'Swiss Franc', 2, 'SFr.', true),
    ('CLP', 'Chilean Peso', 0, '$', true),
    ('CNY', 'Chinese Yuan', 2, '¥', true),
    ('COP', 'Colombian Peso', 2, '$', true),
    ('CRC', 'Costa Rican Colón', 2, '₡', true),
    ('CUP', 'Cuban Peso', 2, '$', true),
    ('CVE', 'Cape Verdean Escudo', 2, '​', true),
    ('CZK', 'Czech Koruna', 2, 'Kč', true),
    ('DJF', 'Djiboutian Franc', 0, 'Fdj', true),
    ('DKK', 'Danish Krone', 2, 'kr', true),
    ('DOP', 'Dominican Peso', 2, 'RD$', true),
    ('DZD', 'Algerian Dinar', 2, 'DA', true),
    ('EGP', 'Egyptian Pound', 2, 'ج.م.', true),
    ('ERN', 'Eritrean Nakfa', 2, 'Nfk', true),
    ('ETB', 'Ethiopian Birr', 2, 'Br', true),
    ('EUR', 'Euro', 2, '€', true),
    ('FJD', 'Fijian Dollar', 2, '$', true),
    ('FKP', 'Falkland Islands Pound', 2, '£', true),
    ('GBP', 'British Pound', 2, '£', true),
    ('GEL', 'Georgian Lari', 2, '₾', true),
    ('GHS', 'Ghanaian Cedi', 2, 'GH₵', true),
    ('GIP', 'Gibraltar Pound', 2, '£', true),
    ('GMD', 'Gambian Dalasi', 2, 'D', true),
    ('GNF', 'Guinean Franc', 0, 'FG', true),
    ('GTQ', 'Guatemalan Quetzal', 2, 'Q', true),
    ('GYD', 'Guyanaese Dollar', 2, '$', true),
    ('HKD', 'Hong Kong Dollar', 2, 'HK$', true),
    ('HNL', 'Honduran Lempira', 2, 'L', true),
    ('HTG', 'Haitian Gourde', 2, 'G', true),
    ('HUF', 'Hungarian Forint', 2, 'Ft', true),
    ('IDR', 'Indonesian Rupiah', 2, 'Rp', true),
    ('ILS', 'Israeli New Shekel', 2, '₪', true),
    ('INR', 'Indian Rupee', 2, '₹', true),
    ('IQD', 'Iraqi Dinar', 3, 'د.ع.', true),
    ('IRR', 'Iranian Rial', 2, 'ریال', true),
    ('ISK', 'Icelandic Króna', 0, 'ISK', true),
    ('JMD', 'Jamaican Dollar', 2, '$', true),
    ('JOD', 'Jordanian Dinar', 3, 'د.أ.', true),
    ('JPY', 'Japanese Yen', 0, '¥', true),
    ('KES', 'Kenyan Shilling', 2, 'Ksh', true),
    ('KGS', 'Kyrgystani Som', 2, 'сом', true),
    ('KHR', 'Cambodian Riel', 2, '៛', true),
    ('KMF', 'Comorian Franc', 0, 'CF', true),
    ('KPW', 'North Korean Won', 2, 'KPW', true),
    ('KRW', 'South Korean Won', 0, '₩', true),
    ('KWD', 'Kuwaiti Dinar', 3, 'د.ك.', true),
    ('KYD', 'Cayman Islands Dollar', 2, '$', true),
    ('KZT', 'Kazakhstani Tenge', 2, '₸', true),
    ('LAK', 'Laotian Kip', 2, '₭', true),
    ('LBP', 'Lebanese Pound', 2, 'ل.ل.', true),
    ('LKR', 'Sri Lankan Rupee', 2, 'Rs.', true),
    ('LRD', 'Liberian Dollar', 2, '$', true),
    ('LSL', 'Lesotho Loti', 2, 'LSL', true),
    ('LYD', 'Libyan Dinar', 3, 'د.ل.', true),
    ('MAD', 'Moroccan Dirham', 2, 'د.م.', true),
    ('MDL', 'Moldovan Leu', 2, 'L', true),
    ('MGA', 'Malagasy Ariary', 2, 'Ar', true),
    ('MKD', 'Macedonian Denar', 2, 'den', true),
    ('MMK', 'Myanmar Kyat', 2, 'K', true),
    ('MNT', 'Mongolian Tugrik', 2, '₮', true),
    ('MOP', 'Macanese Pataca', 2, 'MOP$', true),
    ('MRU', 'Mauritanian Ouguiya', 2, 'UM', true),
    ('MUR', 'Mauritian Rupee', 2, 'Rs', true),
    ('MVR', 'Maldivian Rufiyaa', 2, 'MVR', true),
    ('MWK', 'Malawian Kwacha', 2, 'MK', true),
    ('MXN', 'Mexican Peso', 2, '$', true),
    ('MYR', 'Malaysian Ringgit', 2, 'RM', true),
    ('MZN', 'Mozambican Metical', 2, 'MTn', true),
    ('NAD', 'Namibian Dollar', 2, '$', true),
    ('NGN', 'Nigerian Naira', 2, '₦', true),
    ('NIO', 'Nicaraguan Córdoba', 2, 'C$', true),
    ('NOK', 'Norwegian Krone', 2, 'kr', true),
    ('NPR', 'Nepalese Rupee', 2, 'नेरू', true),
    ('NZD', 'New Zealand Dollar', 2, '$', true),
    ('OMR', 'Omani Rial', 3, 'ر.ع.', true),
    ('PAB', 'Panamanian Balboa', 2, 'B/.', true),
    ('PEN', 'Peruvian Sol', 2, 'S/', true),
    ('PGK', 'Papua New Guinean Kina', 2, 'K', true),
    ('PHP', 'Philippine Piso', 2, '₱', true),
    ('PKR', 'Pakistani Rupee', 2, 'ر', true),
    ('PLN', 'Polish Zloty', 2, 'zł', true),
    ('PYG', 'Paraguayan Guarani', 0, 'Gs.', true),
    ('QAR', 'Qatari Rial', 2, 'ر.ق.', true),
    ('RON', 'Romanian Leu', 2, 'RON', true),
    ('RSD', 'Serbian Dinar', 2, 'RSD', true),
    ('RUB', 'Russian Ruble', 2, '₽', true),
    ('RWF', 'Rwandan Franc', 0, 'RF', true),
    ('SAR', 'Saudi Riyal', 2, 'ر.س.', true),
    ('SBD', 'Solomon Islands Dollar', 2, '$', true),
    ('SCR', 'Seychellois Rupee', 2, 'SR', true),
    ('SDG', 'Sudanese Pound', 2, 'ج.س.', true),
    ('SEK', 'Swedish Krona', 2, 'kr', true),
    ('SGD', 'Singapore Dollar', 2, '$', true),
    ('SHP', 'St. Helena Pound', 2, '£', true),
    ('SLE', 'Sierra Leonean Leone', 2, 'SLE', true),
    ('SOS', 'Somali Shilling', 2, 'S', true),
    ('SRD', 'Surinamese Dollar', 2, '$', true),
    ('SSP', 'South Sudanese Pound', 2, '£', true),
    ('STN', 'São Tomé & Príncipe Dobra', 2, 'Db', true),
    ('SVC', 'Salvadoran Colón', 2, 'C', true),
    ('SYP', 'Syrian Pound', 2, 'LS', true),
    ('SZL', 'Swazi Lilangeni', 2, 'E', true),
    ('THB', 'Thai Baht', 2, '฿', true),
    ('TJS', 'Tajikistani Somoni', 2, 'сом.', true),
    ('TMT', 'Turkmenistani Manat', 2, 'TMT', true),
    ('TND', 'Tunisian Dinar', 3, 'DT', true),
    ('TOP', 'Tongan Paʻanga', 2, 'T$', true),
    ('TRY', 'Turkish Lira', 2, '₺', true),
    ('TTD', 'Trinidad & Tobago Dollar', 2, '$', true),
    ('TWD', 'New Taiwan Dollar', 2, '$', true),
    ('TZS', 'Tanzanian Shilling', 2, 'TSh', true),
    ('UAH', 'Ukrainian Hryvnia', 2, '₴', true),
    ('UGX', 'Ugandan Shilling', 0, 'USh', true),
    ('USD', 'US Dollar', 2, '$', true),
    ('UYU', 'Uruguayan Peso', 2, '$', true),
    ('UZS', 'Uzbekistani Som', 2, 'сўм', true),
    ('VES', 'Venezuelan Bolívar', 2, 'Bs.S', true),
    ('VND', 'Vietnamese Dong', 0, '₫', true),
    ('VUV', 'Vanuatu Vatu', 0, 'VT', true),
    ('WST', 'Samoan Tala', 2, 'WS$', true),
    ('XAF', 'Central African CFA Franc', 0, 'FCFA', true),
    ('XCD', 'East Caribbean Dollar', 2, '$', true),
    ('XOF', 'West African CFA Franc', 0, 'F CFA', true),
    ('XPF', 'CFP Franc', 0, 'FCFP', true),
    ('YER', 'Yemeni Rial', 2, 'ر.ي.', true),
    ('ZAR', 'South African Rand', 2, 'R', true),
    ('ZMW', 'Zambian Kwacha', 2, 'K', true),
    ('ZWG', 'Zimbabwe Gold', 2, 'ZWG', true);

-- Bulgaria adopted the euro on 2026-01-01; the ECB stopped quoting BGN after 2025-12-31 (kept, inactive).
-- Two non-ISO units the suite knows out of the box: bitcoin (8 decimals) and gold by the troy ounce.
INSERT INTO currencies (code, name, minor_units, symbol, active, iso) VALUES
    ('BTC', 'Bitcoin', 8, '₿', true, false),
    ('XAU', 'Gold (troy ounce)', 4, 'XAU', true, false);

-- Rates as providers publish them: 1 base = rate quote, on a date, from a source. Kept forever (history).
-- Rates are stored with trailing zeros stripped, so 0.84770 (daily XML) and 0.8477 (history XML) are one row.
CREATE TABLE exchange_rates (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    base       varchar(8)      NOT NULL,
    quote      varchar(8)      NOT NULL,
    rate       numeric(38, 18) NOT NULL CHECK (rate > 0),
    rate_date  date            NOT NULL,
    source     varchar(32)     NOT NULL,
    fetched_at timestamptz     NOT NULL DEFAULT now(),
    UNIQUE (source, base, quote, rate_date)
);
CREATE INDEX exchange_rates_lookup_idx ON exchange_rates (base, quote, rate_date DESC);

-- A tenant's own rate for a pair and date; it wins over providers for that tenant only.
CREATE TABLE tenant_exchange_rates (
    id         uuid PRIMARY KEY,
    tenant_id  uuid            NOT NULL REFERENCES tenants ON DELETE CASCADE,
    base       varchar(8)      NOT NULL,
    quote      varchar(8)      NOT NULL,
    rate       numeric(38, 18) NOT NULL CHECK (rate > 0),
    rate_date  date            NOT NULL,
    created_at timestamptz     NOT NULL DEFAULT now(),
    updated_at timestamptz     NOT NULL DEFAULT now(),
    version    bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, base, quote, rate_date)
);
CREATE INDEX tenant_exchange_rates_lookup_idx ON tenant_exchange_rates (tenant_id, base, quote, rate_date DESC);

-- The last good quote each provider gave for a symbol, returned (marked stale) while the provider is down.
CREATE TABLE asset_quotes (
    symbol     varchar(64)     NOT NULL,
    asset_type varchar(16)     NOT NULL,
    price      numeric(38, 18) NOT NULL CHECK (price > 0),
    currency   varchar(8)      NOT NULL,
    as_of      timestamptz     NOT NULL,
    source     varchar(32)     NOT NULL,
    fetched_at timestamptz     NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, asset_type)
);

-- A tenant's own price for an asset no provider prices (a flat, gold at home); it wins for that tenant.
CREATE TABLE manual_prices (
    id         uuid PRIMARY KEY,
    tenant_id  uuid            NOT NULL REFERENCES tenants ON DELETE CASCADE,
    symbol     varchar(64)     NOT NULL,
    asset_type varchar(16)     NOT NULL,
    price      numeric(38, 18) NOT NULL CHECK (price >= 0),
    currency   varchar(8)      NOT NULL,
    as_of      timestamptz     NOT NULL,
    created_at timestamptz     NOT NULL DEFAULT now(),
    updated_at timestamptz     NOT NULL DEFAULT now(),
    version    bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, symbol, asset_type)
);

-- A tenant's API key for a keyed provider, AES-GCM encrypted; only the last four characters are kept clear.
CREATE TABLE provider_keys (
    id         uuid PRIMARY KEY,
    tenant_id  uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    provider   varchar(32)  NOT NULL,
    ciphertext text         NOT NULL,
    last_four  varchar(4)   NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, provider)
);

-- ShedLock: scheduled jobs (rate imports, and later recurring transactions) run once across replicas.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);

-- Every tenant-owned table gets the same wall: row-level security enabled and forced, rows visible and
-- writable only in their tenant's transactions. Later migrations call this for each new tenant-owned table.
CREATE FUNCTION isolate_by_tenant(target regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = app_current_tenant())'
                   ' WITH CHECK (tenant_id = app_current_tenant())', target);
END
$$;
REVOKE ALL ON FUNCTION isolate_by_tenant(regclass) FROM PUBLIC;

SELECT isolate_by_tenant('tenant_exchange_rates');
SELECT isolate_by_tenant('manual_prices');
SELECT isolate_by_tenant('provider_keys');
