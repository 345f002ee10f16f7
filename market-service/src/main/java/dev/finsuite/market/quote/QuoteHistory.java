package dev.finsuite.market.quote;

import dev.finsuite.market.quote.QuoteFailures.NoProviderForType;
import dev.finsuite.market.quote.QuoteFailures.PriceUnavailable;
import dev.finsuite.market.quote.QuoteFailures.UnknownSymbol;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Daily closes of a symbol for the calling tenant. Provider closes come from the store, downloaded first when
 * the store has not covered the asked days yet (a download that finds the stored closes on an old adjustment
 * basis replaces them); the tenant's manual prices are closes too, for it alone, and win on their day. Each
 * close says whether it is split-adjusted (in today's share units) or per unit of its own day. A failing provider still leaves what is stored (200); with nothing stored it is a 503, and a
 * symbol the provider does not know (with no manual price either) a 404.
 */
@Service
class QuoteHistory {

    /** Days before {@code from} also returned, so a caller can carry the last close over holidays. */
    static final int CARRY_DAYS = 7;

    /** Days before the last download asked for again, to compare with what is stored. */
    static final int OVERLAP_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(QuoteHistory.class);

    private final ProviderLookup lookup;
    private final StoredCloses stored;
    private final ManualCloses manual;
    private final MeterRegistry meters;
    private final Clock clock;

    QuoteHistory(ProviderLookup lookup, StoredCloses stored, ManualCloses manual, MeterRegistry meters, Clock clock) {
        this.lookup = lookup;
        this.stored = stored;
        this.manual = manual;
        this.meters = meters;
        this.clock = clock;
    }

    record History(
            String symbol,
            AssetType assetType,
            String currency,
            boolean adjustedForSplits,
            List<StoredCloses.Close> closes) {}

    History closes(UUID tenantId, String symbol, AssetType type, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = from.minusDays(CARRY_DAYS);
        LocalDate last = to.isAfter(today) ? today : to;
        Optional<QuoteProvider> provider = lookup.providerFor(type);
        boolean unknown = provider.isEmpty();
        RuntimeException failure = null;
        Optional<StoredCloses.Coverage> coverage = Optional.empty();
        if (provider.isPresent()) {
            coverage = stored.coverage(symbol, type);
            if (coverage.isEmpty() || !coverage.get().covers(first, last)) {
                // The days never downloaded: the end since the last download, or everything from the start. The end
                // is asked from a week before the last download, so the answer overlaps finished days already
                // stored and a changed adjustment basis (a split since) shows.
                LocalDate since = coverage.filter(known -> !known.from().isAfter(first))
                        .map(known -> known.to().minusDays(OVERLAP_DAYS))
                        .orElse(first);
                try {
                    Optional<ProviderHistory> fetched = lookup.history(symbol, type, since, today);
                    if (fetched.isPresent()) {
                        boolean replaced =
                                stored.store(symbol, type, provider.get().name(), fetched.get(), today);
                        if (replaced) {
                            log.info(
                                    "Stored closes of {} {} were on an old adjustment basis (a split or dividend "
                                            + "since): replaced by the download from {}",
                                    type,
                                    symbol,
                                    since);
                            meters.counter(
                                            "market.history.rebased",
                                            "type",
                                            type.name().toLowerCase())
                                    .increment();
                            if (fetched.get().coveredFrom().isAfter(first)) {
                                // Only the overlap window was fresh: the asked days before it are gone, ask them again.
                                lookup.history(symbol, type, first, today)
                                        .ifPresent(again -> stored.store(
                                                symbol, type, provider.get().name(), again, today));
                            }
                        }
                        coverage = stored.coverage(symbol, type);
                    } else {
                        unknown = true;
                    }
                } catch (RuntimeException e) {
                    failure = e;
                    log.warn("History provider for {} failed for {}: {}", type, symbol, ProviderErrors.describe(e));
                    meters.counter(
                                    "market.provider.failures",
                                    "provider",
                                    "history-" + type.name().toLowerCase(),
                                    "reason",
                                    e.getClass().getSimpleName())
                            .increment();
                }
            }
        }
        List<StoredCloses.Close> fromProviders = stored.between(symbol, type, first, to);
        List<StoredCloses.Close> own = manual.between(tenantId, symbol, type, first, to);
        String currency = coverage.map(StoredCloses.Coverage::currency)
                .or(() -> fromProviders.stream().reduce((a, b) -> b).map(StoredCloses.Close::currency))
                .or(() -> own.stream().reduce((a, b) -> b).map(StoredCloses.Close::currency))
                .or(() -> manual.currency(tenantId, symbol, type))
                .orElse(null);
        // One currency per series: the providers' when they have one; manual closes in another are left out.
        TreeMap<LocalDate, StoredCloses.Close> byDay = new TreeMap<>();
        for (StoredCloses.Close close : fromProviders) {
            if (close.currency().equals(currency)) {
                byDay.put(close.date(), close);
            }
        }
        for (StoredCloses.Close close : own) {
            if (close.currency().equals(currency)) {
                byDay.put(close.date(), close);
            }
        }
        if (byDay.isEmpty()) {
            if (failure != null) {
                throw new PriceUnavailable(
                        "The price provider is unavailable and no closes of " + symbol + " are stored for these days");
            }
            if (currency == null
                    || unknown && manual.currency(tenantId, symbol, type).isEmpty()) {
                throw provider.isEmpty() ? new NoProviderForType(type, symbol) : new UnknownSymbol(type, symbol);
            }
        }
        List<StoredCloses.Close> closes = new ArrayList<>(byDay.values());
        boolean adjusted = closes.stream().allMatch(StoredCloses.Close::splitAdjusted);
        return new History(symbol, type, currency, adjusted, closes);
    }
}
