package dev.finsuite.market.quote;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.providerkey.ProviderKeys;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Asks the provider configured for an asset type, through its circuit breaker, with the tenant's API key when
 * it has one. Answers are cached in Redis for {@code market.quotes.cache-ttl}, under the tenant's prefix
 * (a tenant's key never serves another tenant).
 */
@Component
class ProviderLookup {

    private final Map<String, QuoteProvider> providers;
    private final MarketProperties properties;
    private final ProviderKeys keys;
    private final CircuitBreakerRegistry breakers;
    private final StoredQuotes stored;
    private final StoredCloses closes;
    private final OperatorKeyShares shares;

    ProviderLookup(
            List<QuoteProvider> providers,
            MarketProperties properties,
            ProviderKeys keys,
            CircuitBreakerRegistry breakers,
            StoredQuotes stored,
            StoredCloses closes,
            OperatorKeyShares shares) {
        this.stored = stored;
        this.shares = shares;
        this.closes = closes;
        this.providers = providers.stream().collect(Collectors.toMap(QuoteProvider::name, Function.identity()));
        this.properties = properties;
        this.keys = keys;
        this.breakers = breakers;
    }

    Optional<QuoteProvider> providerFor(AssetType type) {
        return Optional.ofNullable(properties.quotes().providers().get(type.name()))
                .map(providers::get);
    }

    /**
     * Null when the provider does not know the symbol; throws when the provider fails. A fresh answer is
     * remembered in PostgreSQL here, once per fetch, not on every cache hit: as the last quote, and as the
     * close of its day in the symbol's history.
     */
    @Cacheable(cacheNames = QuoteCache.NAME, key = "#type.name() + ':' + #symbol", unless = "#result == null")
    public ProviderQuote fetch(String symbol, AssetType type) {
        QuoteProvider provider = providerFor(type).orElseThrow(() -> new ProviderFailed("No provider prices " + type));
        ProviderQuote fresh = through(provider, provider.name(), key -> provider.fetch(symbol, key))
                .orElse(null);
        if (fresh != null) {
            stored.remember(fresh, type);
            closes.record(fresh, type);
        }
        return fresh;
    }

    /**
     * The provider's daily closes from {@code from} to {@code today}; empty when it does not know the symbol,
     * throws when it fails. Its own breakers, so a failing history download (a missing Stooq key, say) never
     * cuts off live quotes, which are asked far more often.
     */
    Optional<ProviderHistory> history(String symbol, AssetType type, LocalDate from, LocalDate today) {
        QuoteProvider provider = providerFor(type).orElseThrow(() -> new ProviderFailed("No provider prices " + type));
        return through(provider, provider.name() + "-history", key -> provider.history(symbol, from, today, key));
    }

    /**
     * Calls the provider through its breaker with the key it needs: the tenant's own, else the operator's, of
     * which the tenant has only its share ({@link OperatorKeyShares}). A symbol the provider cannot price
     * ({@link SymbolNotPriceable}) is passed through the breaker as an answer, not counted as its failure.
     */
    private <T> T through(QuoteProvider provider, String breaker, Function<String, T> call) {
        String apiKey = null;
        if (provider.keyed()) {
            // One breaker per key owner: a tenant's exhausted or wrong key must not cut off everyone else.
            Optional<String> own = keys.forCurrentTenant(provider.name());
            apiKey = own.orElse(properties.quotes().alphavantageKey());
            breaker = breaker + ":" + (own.isPresent() ? TenantContext.require() : "operator");
            if (apiKey == null || apiKey.isBlank()) {
                throw new ProviderFailed(
                        "No " + provider.name() + " key: add one under provider keys or ask the operator");
            }
            if (own.isEmpty()) {
                shares.take(TenantContext.require(), provider.name());
            }
        }
        String key = apiKey;
        Outcome<T> outcome = breakers.circuitBreaker(breaker).executeSupplier(() -> {
            try {
                return new Outcome<>(call.apply(key), null);
            } catch (SymbolNotPriceable symbols) {
                return new Outcome<>(null, symbols);
            }
        });
        if (outcome.symbolFailure() != null) {
            throw outcome.symbolFailure();
        }
        return outcome.value();
    }

    /** What a call gave: its value, or a failure that is the symbol's, not the provider's. */
    private record Outcome<T>(T value, SymbolNotPriceable symbolFailure) {}
}
