package dev.finsuite.investment.asset;

/**
 * Where an asset's prices come from: one of market-service's quote providers, or the tenant's own dated prices
 * (a fixed deposit, gold, property, a private fund).
 */
public enum PriceSource {
    STOOQ, COINGECKO, ALPHA_VANTAGE, MANUAL;

    /** market-service's asset type for a listed symbol. */
    public String marketAssetType() {
        return this == COINGECKO ? "CRYPTO" : "STOCK";
    }
}
