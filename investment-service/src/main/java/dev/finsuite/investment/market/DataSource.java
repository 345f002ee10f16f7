package dev.finsuite.investment.market;

/**
 * Where an asset's prices come from. MANUAL prices are the tenant's own and are never asked of market-service;
 * the others are market-service's providers, asked as a stock ({@code STOOQ}, {@code ALPHA_VANTAGE}) or a coin.
 */
public enum DataSource {
    STOOQ,
    COINGECKO,
    ALPHA_VANTAGE,
    MANUAL;

    /** market-service's {@code assetType} for this source; none for MANUAL. */
    public java.util.Optional<String> assetType() {
        return switch (this) {
            case STOOQ, ALPHA_VANTAGE -> java.util.Optional.of("STOCK");
            case COINGECKO -> java.util.Optional.of("CRYPTO");
            case MANUAL -> java.util.Optional.empty();
        };
    }
}
