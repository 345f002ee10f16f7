package dev.finsuite.investment.portfolio;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.Split;
import dev.finsuite.investment.engine.SplitScale;
import dev.finsuite.investment.market.DataSource;
import dev.finsuite.investment.market.ExchangeRateHistory;
import dev.finsuite.investment.market.History;
import dev.finsuite.investment.market.MarketQuotes;
import dev.finsuite.investment.support.LedgerDates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Prices and rates for past days. A market-service close flagged split-adjusted is per today's unit (never scaled
 * again); one that is not (raw provider closes, quote-refresh and manual closes) and the asset's own manual prices
 * are per unit of their day and are scaled by later splits. Long ranges are asked in spans of 20 years. A market
 * close or rate reaches a week forward (weekends, holidays); a manual price is a valuation and holds until the next
 * one. Past closes do not change, so they are kept 10 minutes, already read day by day.
 */
@Component
class Valuations {

    /** Years of closes per request to market-service, well inside its limit of 25. */
    static final int CHUNK_YEARS = 20;

    private final MarketQuotes quotes;
    private final ExchangeRateHistory rates;
    private final Converter converter;
    private final Assets assets;
    private final LedgerDates dates;
    /**
     * Each listed asset's closes over a range, per today's unit and already read day by day, shared by every
     * request over that range (read-only): past closes do not change. Weighed by days kept (some 25 bytes each with
     * the prices they point to): ten years of 200 assets are some 1.25 million, about 30 MiB, which is about the
     * most kept. (Unweighed, as histories were kept before, a few such tenants filled a 256 MiB heap.)
     */
    private final Cache<ClosesKey, Closes> closes = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .maximumWeight(1_500_000)
            .weigher((ClosesKey key, Closes value) -> value.weight())
            .build();

    private record ClosesKey(
            UUID tenantId,
            DataSource source,
            String symbol,
            String currency,
            List<Split> splits,
            LocalDate from,
            LocalDate to) {}

    /**
     * One asset's closes as market-service gave them: the days and prices per today's unit (for merging with manual
     * prices), the same read on each day of the range (null when there are none), or the currency they came in
     * when it is not the asset's.
     */
    private record Closes(int[] epochDays, BigDecimal[] prices, DailySeries daily, String otherCurrency) {
        static final Closes NONE = new Closes(new int[0], new BigDecimal[0], null, null);

        int weight() {
            return 1 + epochDays.length + (daily == null ? 0 : daily.size());
        }

        NavigableMap<LocalDate, BigDecimal> asMap() {
            TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
            for (int i = 0; i < epochDays.length; i++) {
                map.put(LocalDate.ofEpochDay(epochDays[i]), prices[i]);
            }
            return map;
        }
    }

    Valuations(MarketQuotes quotes, ExchangeRateHistory rates, Converter converter, Assets assets, LedgerDates dates) {
        this.quotes = quotes;
        this.rates = rates;
        this.converter = converter;
        this.assets = assets;
        this.dates = dates;
    }

    /** The tenant's manual prices up to {@code to}, by asset, oldest first: one query for all of them. */
    Map<UUID, List<Assets.ManualPrice>> manualPrices(UUID tenantId, LocalDate to) {
        return assets.pricesUpTo(tenantId, to);
    }

    /**
     * The asset's price on each day from {@code from} to {@code to}: market-service's closes (split-adjusted ones
     * as they are, others scaled to today's unit), the tenant's manual prices over them (scaled likewise), and
     * today's price on today. A listed asset without manual prices gets its kept closes (today's price on a copy);
     * only when manual prices are mixed in is a series built afresh.
     */
    DailySeries prices(
            UUID tenantId,
            Asset asset,
            List<Split> splits,
            LocalDate from,
            LocalDate to,
            PriceFix today,
            List<Assets.ManualPrice> manual) {
        SplitScale scale = SplitScale.of(splits);
        boolean todayKnown = today != null && today.known() && !to.isBefore(dates.today());
        TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
        if (!asset.isManual()) {
            Closes kept = closes.get(
                    new ClosesKey(
                            tenantId,
                            asset.getDataSource(),
                            asset.getSymbol(),
                            asset.getCurrency(),
                            List.copyOf(splits),
                            from,
                            to),
                    key -> load(tenantId, asset, scale, from, to));
            if (kept == null) {
                kept = Closes.NONE;
            }
            if (kept.otherCurrency() != null) {
                return DailySeries.unknown("market-service's closes of " + asset.getSymbol() + " are in "
                        + kept.otherCurrency() + ", the asset is in " + asset.getCurrency());
            }
            if (manual.isEmpty() && kept.daily() != null) {
                if (!todayKnown) {
                    return kept.daily();
                }
                if (to.equals(dates.today())) {
                    return kept.daily().withLastDay(today.value());
                }
            }
            values.putAll(kept.asMap());
        }
        manual.forEach(price -> values.put(price.date(), scale.perTodaysUnit(price.price(), price.date())));
        if (todayKnown) {
            values.put(dates.today(), today.value());
        }
        if (values.isEmpty()) {
            return DailySeries.unknown(
                    asset.isManual()
                            ? "no manual price of " + asset.getName()
                            : "no closes of " + asset.getSymbol() + " from market-service");
        }
        return DailySeries.of(values, asset.isManual() ? Long.MAX_VALUE : DailySeries.MARKET_REACH_DAYS);
    }

    /**
     * The closes as kept, or null, which is not kept, when market-service gave none: a failed call (a timeout under
     * load, a restart) must not leave ten years of a position unknown for the next ten minutes.
     */
    private Closes load(UUID tenantId, Asset asset, SplitScale scale, LocalDate from, LocalDate to) {
        Optional<History> history = inChunks(tenantId, asset, from, to);
        if (history.isEmpty()) {
            return null;
        }
        if (history.isPresent()
                && history.get().currency() != null
                && !asset.getCurrency().equals(history.get().currency())) {
            return new Closes(new int[0], new BigDecimal[0], null, history.get().currency());
        }
        TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
        History h = history.get();
        h.closes()
                .forEach(close -> values.put(
                        close.date(),
                        h.splitAdjusted(close) ? close.close() : scale.perTodaysUnit(close.close(), close.date())));
        int[] days = new int[values.size()];
        BigDecimal[] prices = new BigDecimal[values.size()];
        int i = 0;
        for (Map.Entry<LocalDate, BigDecimal> entry : values.entrySet()) {
            days[i] = (int) entry.getKey().toEpochDay();
            prices[i++] = entry.getValue();
        }
        DailySeries daily = values.isEmpty()
                ? null
                : DailySeries.dense(
                        values, DailySeries.MARKET_REACH_DAYS, from, (int) (to.toEpochDay() - from.toEpochDay()) + 1);
        return new Closes(days, prices, daily, null);
    }

    /**
     * The closes from {@code from} to {@code to}, asked in spans of at most {@link #CHUNK_YEARS} years (market-service
     * refuses more than 25 per request) and merged: each close keeps its own split flag (a close without one takes
     * its answer's), one currency for all (the first named, unless a span names one other than the asset's, which
     * then shows as the mismatch it is). Empty when no span could be had; a span that could not be had leaves its
     * days without closes.
     */
    private Optional<History> inChunks(UUID tenantId, Asset asset, LocalDate from, LocalDate to) {
        TreeMap<LocalDate, History.Close> closes = new TreeMap<>();
        History last = null;
        String currency = null;
        for (LocalDate start = from; !start.isAfter(to); start = start.plusYears(CHUNK_YEARS)) {
            LocalDate end = start.plusYears(CHUNK_YEARS).minusDays(1);
            Optional<History> chunk = quotes.history(
                    tenantId, asset.getSymbol(), asset.getDataSource(), start, end.isAfter(to) ? to : end);
            if (chunk.isEmpty()) {
                continue;
            }
            History h = chunk.get();
            if (h.currency() != null && (currency == null || !h.currency().equals(asset.getCurrency()))) {
                currency = h.currency();
            }
            for (History.Close close : h.closes()) {
                if (close.date() != null && close.close() != null) {
                    closes.put(
                            close.date(),
                            new History.Close(close.date(), close.close(), close.source(), h.splitAdjusted(close)));
                }
            }
            last = h;
        }
        if (last == null) {
            return Optional.empty();
        }
        List<History.Close> merged = List.copyOf(closes.values());
        return Optional.of(new History(
                last.symbol(),
                last.assetType(),
                currency,
                merged.stream().allMatch(close -> Boolean.TRUE.equals(close.splitAdjusted())),
                merged));
    }

    DailySeries rates(UUID tenantId, String currency, String base, LocalDate from, LocalDate to) {
        if (currency.equals(base)) {
            return DailySeries.constant(BigDecimal.ONE);
        }
        Optional<java.util.NavigableMap<LocalDate, BigDecimal>> series =
                rates.daily(tenantId, currency, base, from.minusDays(DailySeries.MARKET_REACH_DAYS), to);
        if (series.isEmpty()) {
            return DailySeries.unknown("market-service has no " + currency + "→" + base + " rates");
        }
        DailySeries daily = DailySeries.of(new TreeMap<>(series.get()), DailySeries.MARKET_REACH_DAYS);
        if (!to.isBefore(dates.today())) {
            converter.rate(tenantId, currency, base, dates.today()).ifPresent(rate -> daily.put(dates.today(), rate));
        }
        return daily;
    }
}
