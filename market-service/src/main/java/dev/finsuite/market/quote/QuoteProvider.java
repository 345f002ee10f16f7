package dev.finsuite.market.quote;

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
}
