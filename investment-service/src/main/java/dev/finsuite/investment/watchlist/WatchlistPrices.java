package dev.finsuite.investment.watchlist;

import dev.finsuite.investment.market.History;
import dev.finsuite.investment.market.MarketCalls;
import dev.finsuite.investment.market.MarketQuotes;
import dev.finsuite.investment.market.Quote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Latest quotes and day changes for watched symbols, asked of market-service side by side and each within a
 * budget: a slow or failing symbol is shown without a price (and says why), never failing the page.
 */
@Component
class WatchlistPrices implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WatchlistPrices.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MarketQuotes quotes;
    private final Duration budget;
    private final ExecutorService pool;
    private final Clock clock;

    WatchlistPrices(
            MarketQuotes quotes,
            @Value("${finsuite.investment.watchlist-price-budget:4s}") Duration budget,
            Clock clock) {
        this.quotes = quotes;
        this.budget = budget;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(8, work -> {
            Thread thread = new Thread(work, "watchlist-prices-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Each item's prices, in the items' order; the caller's identity goes with every question to market-service. */
    Map<UUID, Priced> of(UUID tenantId, List<WatchItem> items) {
        MarketCalls.Caller caller = quotes.currentCaller();
        Map<UUID, CompletableFuture<Priced>> pending = new LinkedHashMap<>();
        for (WatchItem item : items) {
            pending.put(
                    item.getId(),
                    CompletableFuture.supplyAsync(() -> caller.call(() -> priced(tenantId, item)), pool)
                            .completeOnTimeout(
                                    Priced.missing(item, "quote_timeout"), budget.toMillis(), TimeUnit.MILLISECONDS)
                            .exceptionally(failed -> {
                                log.warn("Pricing {} failed: {}", item.getSymbol(), failed.toString());
                                return Priced.missing(item, "quote_unavailable");
                            }));
        }
        Map<UUID, Priced> priced = new LinkedHashMap<>();
        pending.forEach((id, future) -> priced.put(id, future.join()));
        return priced;
    }

    /** The latest quote (or the last one the job saw, marked stale) and the change since the previous close. */
    Priced priced(UUID tenantId, WatchItem item) {
        Optional<Quote> latest = quotes.latest(tenantId, item.getSymbol(), item.getDataSource());
        if (latest.isEmpty()) {
            return Priced.missing(item, "quote_unavailable");
        }
        Quote quote = latest.get();
        PreviousClose previous = previousClose(tenantId, item, quote);
        if (previous.close() == null) {
            return new Priced(QuoteView.of(quote), null, null, previous.reason());
        }
        BigDecimal absolute = quote.price().subtract(previous.close());
        BigDecimal percent = absolute.multiply(HUNDRED).divide(previous.close(), 4, RoundingMode.HALF_UP);
        return new Priced(
                QuoteView.of(quote), null, new DayChange(absolute, percent, previous.close(), previous.date()), null);
    }

    /** The last close before the quote's day, from market-service's history, or why there is none. */
    PreviousClose previousClose(UUID tenantId, WatchItem item, Quote quote) {
        LocalDate day = (quote.asOf() == null ? clock.instant() : quote.asOf())
                .atZone(ZoneOffset.UTC)
                .toLocalDate();
        Optional<History> history =
                quotes.history(tenantId, item.getSymbol(), item.getDataSource(), day.minusDays(1), day);
        if (history.isEmpty()) {
            return new PreviousClose(null, null, "history_unavailable");
        }
        if (history.get().currency() != null
                && quote.currency() != null
                && !history.get().currency().equalsIgnoreCase(quote.currency())) {
            return new PreviousClose(null, null, "currency_mismatch");
        }
        return history.get()
                .closeBefore(day)
                .filter(close -> close.close().signum() > 0)
                .map(close -> new PreviousClose(close.close(), close.date(), null))
                .orElse(new PreviousClose(null, null, "no_previous_close"));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    record PreviousClose(BigDecimal close, LocalDate date, String reason) {}

    /** {@code quote} null with {@code quoteReason}; {@code dayChange} null with {@code dayChangeReason}. */
    record Priced(QuoteView quote, String quoteReason, DayChange dayChange, String dayChangeReason) {

        /** No fresh quote: the last price the refresh job saw, marked stale, if there is one. */
        static Priced missing(WatchItem item, String reason) {
            if (item.getLastPrice() != null) {
                return new Priced(
                        new QuoteView(
                                item.getLastPrice().stripTrailingZeros(),
                                item.getLastCurrency(),
                                item.getLastQuotedAt(),
                                "last-refresh",
                                true),
                        null,
                        null,
                        reason);
            }
            return new Priced(null, reason, null, reason);
        }
    }

    record QuoteView(BigDecimal price, String currency, Instant asOf, String source, boolean stale) {
        static QuoteView of(Quote quote) {
            return new QuoteView(quote.price(), quote.currency(), quote.asOf(), quote.source(), quote.stale());
        }
    }

    record DayChange(BigDecimal absolute, BigDecimal percent, BigDecimal previousClose, LocalDate previousCloseDate) {}
}
