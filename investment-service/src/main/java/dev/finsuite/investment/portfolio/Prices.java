package dev.finsuite.investment.portfolio;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.Split;
import dev.finsuite.investment.engine.SplitScale;
import dev.finsuite.investment.market.DataSource;
import dev.finsuite.investment.market.MarketQuotes;
import dev.finsuite.investment.market.Quote;
import dev.finsuite.investment.support.LedgerDates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Today's price of each asset: a listed asset's from market-service (asked for several assets at once, and kept as
 * below), else the tenant's latest manual price; never a guess.
 */
@Component
class Prices {

    /** A close older than this is still shown, but marked stale. */
    static final int STALE_AFTER_DAYS = 7;

    private final MarketQuotes quotes;
    private final Assets assets;
    private final LedgerDates dates;
    private final MarketAskers askers;
    /**
     * Quotes asked lately, per tenant (a tenant's own provider key or manual price may shape its answer). After 20 s
     * the next read still gets the kept quote while a fresh one is asked in the background (as a job, with a
     * reader's token for the tenant), so a dashboard never waits for two hundred quotes at once; unread for a minute,
     * a quote is dropped.
     */
    private final LoadingCache<QuoteKey, Optional<Quote>> recent;

    private record QuoteKey(UUID tenantId, DataSource source, String symbol) {}

    Prices(MarketQuotes quotes, Assets assets, LedgerDates dates, MarketAskers askers) {
        this.quotes = quotes;
        this.askers = askers;
        this.assets = assets;
        this.dates = dates;
        this.recent = Caffeine.newBuilder()
                .refreshAfterWrite(Duration.ofSeconds(20))
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(20_000)
                .build(key -> quotes.latest(key.tenantId(), key.symbol(), key.source()));
    }

    Map<UUID, PriceFix> today(UUID tenantId, Collection<Asset> wanted, Map<UUID, List<Split>> splits) {
        List<Asset> listed = wanted.stream().filter(asset -> !asset.isManual()).toList();
        Map<Asset, Optional<Quote>> quoted = askers.each(listed, asset -> quote(tenantId, asset));
        Map<UUID, PriceFix> prices = new HashMap<>();
        for (Asset asset : wanted) {
            Optional<Quote> quote = quoted.getOrDefault(asset, Optional.empty());
            prices.put(
                    asset.getId(),
                    quote.map(q -> fromQuote(asset, q))
                            .orElseGet(() -> manual(tenantId, asset, splits.getOrDefault(asset.getId(), List.of()))));
        }
        return prices;
    }

    private Optional<Quote> quote(UUID tenantId, Asset asset) {
        return recent.get(new QuoteKey(tenantId, asset.getDataSource(), asset.getSymbol()));
    }

    private PriceFix fromQuote(Asset asset, Quote quote) {
        if (!asset.getCurrency().equals(quote.currency())) {
            return PriceFix.unknown("market-service prices " + asset.getSymbol() + " in " + quote.currency()
                    + ", the asset is in " + asset.getCurrency());
        }
        LocalDate day = quote.asOf() == null
                ? null
                : quote.asOf().atOffset(ZoneOffset.UTC).toLocalDate();
        boolean old = day == null || day.isBefore(dates.today().minusDays(STALE_AFTER_DAYS));
        return new PriceFix(quote.price(), day, quote.asOf(), quote.source(), quote.stale() || old, null);
    }

    private PriceFix manual(UUID tenantId, Asset asset, List<Split> splits) {
        List<Assets.ManualPrice> latest = assets.latestPrice(tenantId, asset.getId(), dates.today());
        if (latest.isEmpty()) {
            return PriceFix.unknown(
                    asset.isManual()
                            ? "no manual price has been set"
                            : "market-service has no price for " + asset.getSymbol() + " and no manual price is set");
        }
        Assets.ManualPrice price = latest.get(0);
        BigDecimal value = SplitScale.of(splits).perTodaysUnit(price.price(), price.date());
        boolean old = price.date().isBefore(dates.today().minusDays(STALE_AFTER_DAYS)) && !asset.isManual();
        return new PriceFix(value, price.date(), null, "manual", old, null);
    }
}
