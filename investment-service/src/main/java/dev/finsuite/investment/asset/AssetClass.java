package dev.finsuite.investment.asset;

public enum AssetClass {
    EQUITY,
    ETF,
    MUTUAL_FUND,
    BOND,
    CRYPTO,
    COMMODITY,
    CASH,
    REAL_ESTATE,
    OTHER
}
