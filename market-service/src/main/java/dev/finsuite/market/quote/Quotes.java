package dev.finsuite.market.quote;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.finsuite.market.config.TenantFlags;
import dev.finsuite.market.quote.QuoteFailures.NoManualPrice;
import dev.finsuite.market.quote.QuoteFailures.NoProviderForType;
import dev.finsuite.market.quote.QuoteFailures.PriceUnavailable;
import dev.finsuite.market.quote.QuoteFailures.ShareUsedUp;
import dev.finsuite.market.quote.QuoteFailures.UnknownSymbol;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The price of an asset for the calling tenant: its manual price if it set one; else the provider's (cached
 * briefly), remembered in PostgreSQL; else, when the provider fails, the last remembered price marked stale;
 * else 503. A symbol the provider does not know is a 404.
 */
@Service
class Quotes {

    private static final Logger log = LoggerFactory.getLogger(Quotes.class);

    private final ManualPriceRepository manualPrices;
    private final ProviderLookup lookup;
    private final StoredQuotes stored;
    private final MeterRegistry meters;
    private final ManualCloses manualCloses;

    private final TenantFlags tenantsWithManualPrices;
    /**
     * A few seconds of this replica's memory in front of Redis, for the symbols asked for again and again;
     * keyed by tenant too, since a tenant's own API key may shape its answers.
     */
    private final Cache<RecentKey, ProviderQuote> recent = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofSeconds(5))
            .build();

    private final ConcurrentHashMap<RecentKey, CompletableFuture<ProviderQuote>> loading = new ConcurrentHashMap<>();

    private record RecentKey(UUID tenant, String symbol, AssetType type) {}

    Quotes(
            ManualPriceRepository manualPrices,
            ProviderLookup lookup,
            StoredQuotes stored,
            MeterRegistry meters,
            ManualCloses manualCloses) {
        this.manualPrices = manualPrices;
        this.manualCloses = manualCloses;
        this.tenantsWithManualPrices = new TenantFlags(Duration.ofSeconds(3), manualPrices::existsByTenantId);
        this.lookup = lookup;
        this.stored = stored;
        this.meters = meters;
    }

    record Quote(ProviderQuote quote, boolean stale) {}

    Quote quote(UUID tenantId, String symbol, AssetType type) {
        Optional<ManualPrice> manual = tenantsWithManualPrices.isSet(tenantId)
                ? manualPrices.findByTenantIdAndSymbolAndAssetType(tenantId, symbol, type)
                : Optional.empty();
        if (manual.isPresent()) {
            return new Quote(manual.get().asQuote(), false);
        }
        if (lookup.providerFor(type).isEmpty()) {
            throw new NoProviderForType(type, symbol);
        }
        ProviderQuote fresh;
        try {
            fresh = recentOrLoad(new RecentKey(tenantId, symbol, type));
        } catch (OperatorShareUsed used) {
            // Not the provider's failure: the last stored price if any, else the tenant waits; others go on.
            return stored.last(symbol, type)
                    .map(last -> new Quote(last, true))
                    .orElseThrow(() -> new ShareUsedUp(
                            used.getMessage() + "; try again later or add your own " + used.provider()
                                    + " key under provider keys",
                            used.retryAfterSeconds()));
        } catch (RuntimeException e) {
            log.warn("Quote provider for {} failed for {}: {}", type, symbol, ProviderErrors.describe(e));
            meters.counter(
                            "market.provider.failures",
                            "provider",
                            "quotes-" + type.name().toLowerCase(),
                            "reason",
                            e.getClass().getSimpleName())
                    .increment();
            return stored.last(symbol, type)
                    .map(last -> new Quote(last, true))
                    .orElseThrow(() -> new PriceUnavailable(
                            "The price provider is unavailable and no earlier price of " + symbol + " is stored"));
        }
        if (fresh == null) {
            throw new UnknownSymbol(type, symbol);
        }
        return new Quote(fresh, false);
    }

    /**
     * One load per symbol at a time: requests arriving while a quote is being fetched wait for that fetch
     * instead of all asking Redis and the provider (whose daily quota they would burn). The load runs on the
     * first caller's own thread, so the tenant's context (its key, its cache prefix) goes with it.
     */
    private ProviderQuote recentOrLoad(RecentKey key) {
        ProviderQuote remembered = recent.getIfPresent(key);
        if (remembered != null) {
            return remembered;
        }
        CompletableFuture<ProviderQuote> mine = new CompletableFuture<>();
        CompletableFuture<ProviderQuote> running = loading.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            ProviderQuote fresh = lookup.fetch(key.symbol(), key.type());
            if (fresh != null) {
                recent.put(key, fresh);
            }
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    @Transactional
    ProviderQuote setManual(
            UUID tenantId, String symbol, AssetType type, BigDecimal price, String currency, Instant asOf) {
        ManualPrice manual = manualPrices
                .findByTenantIdAndSymbolAndAssetType(tenantId, symbol, type)
                .orElseGet(() -> new ManualPrice(tenantId, symbol, type));
        manual.reprice(price, currency, asOf);
        ProviderQuote saved = manualPrices.save(manual).asQuote();
        manualCloses.record(tenantId, symbol, type, price, currency, LocalDate.ofInstant(asOf, ZoneOffset.UTC));
        tenantsWithManualPrices.forget(tenantId);
        return saved;
    }

    @Transactional
    void removeManual(UUID tenantId, String symbol, AssetType type) {
        manualPrices.delete(manualPrices
                .findByTenantIdAndSymbolAndAssetType(tenantId, symbol, type)
                .orElseThrow(() -> new NoManualPrice(symbol)));
        manualCloses.forget(tenantId, symbol, type);
        tenantsWithManualPrices.forget(tenantId);
    }
}
