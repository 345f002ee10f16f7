package dev.finsuite.market.quote;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One source of asset prices. {@code Optional.empty()} means the provider does not know the symbol; any
 * exception means the provider failed (down, slow, throttled, garbage) and a stored quote may stand in.
 */
interface QuoteProvider {

    String name();

    /** Whether calls need an API key (the tenant's, else the operator's). */
    default boolean keyed() {
        return false;
    }

    Optional<ProviderQuote> fetch(String symbol, String apiKey);

    /**
     * Daily closes from {@code from} to {@code today}, split-adjusted to today's share units where the provider
     * can give them so; {@code Optional.empty()} when the provider does not know the symbol, an exception when
     * it fails.
     */
    default Optional<ProviderHistory> history(String symbol, LocalDate from, LocalDate today, String apiKey) {
        throw new ProviderFailed(name() + " has no daily history");
    }
}
