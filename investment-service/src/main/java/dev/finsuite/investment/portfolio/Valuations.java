package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import dev.finsuite.common.conversion.Converter;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.Split;
import dev.finsuite.investment.market.ExchangeRateHistory;
import dev.finsuite.investment.market.History;
import dev.finsuite.investment.market.MarketQuotes;
import dev.finsuite.investment.support.LedgerDates;

/**
 * Prices and rates for past days. Provider closes come split-adjusted (never scaled again); manual prices are per
 * unit of their day and are scaled by later splits. A market close or rate reaches a week forward (weekends,
 * holidays); a manual price is a valuation and holds until the next one. Past closes do not change, so they are
 * kept 10 minutes.
 */
@Component
class Valuations {

    private final MarketQuotes quotes;
    private final ExchangeRateHistory rates;
    private final Converter converter;
    private final Assets assets;
    private final LedgerDates dates;
    private final Cache<List<Object>, Optional<History>> histories = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(5_000).build();

    Valuations(MarketQuotes quotes, ExchangeRateHistory rates, Converter converter, Assets assets, LedgerDates dates) {
        this.quotes = quotes;
        this.rates = rates;
        this.converter = converter;
        this.assets = assets;
        this.dates = dates;
    }

    DailySeries prices(UUID tenantId, Asset asset, List<Split> splits, LocalDate from, LocalDate to, PriceFix today) {
        TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
        if (!asset.isManual()) {
            Optional<History> history = histories.get(List.of(tenantId, asset.getDataSource(), asset.getSymbol(), from, to),
                    key -> quotes.history(tenantId, asset.getSymbol(), asset.getDataSource(), from, to));
            if (history.isPresent() && history.get().currency() != null
                    && !asset.getCurrency().equals(history.get().currency())) {
                return DailySeries.unknown("market-service's closes of " + asset.getSymbol() + " are in "
                        + history.get().currency() + ", the asset is in " + asset.getCurrency());
            }
            history.ifPresent(h -> h.closes().forEach(close -> values.put(close.date(),
                    h.adjustedForSplits() ? close.close() : SplitFactors.perTodaysUnit(close.close(), close.date(), splits))));
        }
        assets.prices(tenantId, asset.getId(), LedgerDates.EARLIEST, to).forEach(manual ->
                values.put(manual.date(), SplitFactors.perTodaysUnit(manual.price(), manual.date(), splits)));
        if (today != null && today.known() && !to.isBefore(dates.today())) {
            values.put(dates.today(), today.value());
        }
        if (values.isEmpty()) {
            return DailySeries.unknown(asset.isManual() ? "no manual price of " + asset.getName()
                    : "no closes of " + asset.getSymbol() + " from market-service");
        }
        return DailySeries.of(values, asset.isManual() ? Long.MAX_VALUE : DailySeries.MARKET_REACH_DAYS);
    }

    DailySeries rates(UUID tenantId, String currency, String base, LocalDate from, LocalDate to) {
        if (currency.equals(base)) {
            return DailySeries.constant(BigDecimal.ONE);
        }
        Optional<java.util.NavigableMap<LocalDate, BigDecimal>> series = rates.daily(tenantId, currency, base,
                from.minusDays(DailySeries.MARKET_REACH_DAYS), to);
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
