package dev.finsuite.market.quote;

public enum AssetType {
    STOCK,
    CRYPTO,
    FUND,
    METAL,
    OTHER
}
