package dev.finsuite.investment.watchlist;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.investment.market.DataSource;
import dev.finsuite.investment.market.MarketQuotes;
import dev.finsuite.investment.market.Quote;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes one tenant's quotes (watched symbols, then held market-priced symbols) and fires the armed alerts
 * their prices cross. One symbol's failure is counted and the others go on. Each firing is its own transaction:
 * the alert's version decides a race, so however many evaluations run at once, an alert fires once and exactly
 * one event is written; the losers find it already TRIGGERED or lose the optimistic lock and write nothing.
 */
@Component
public class AlertEvaluation {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluation.class);

    private final WatchItemRepository items;
    private final PriceAlertRepository alerts;
    private final AlertEventRepository events;
    private final MarketQuotes quotes;
    private final WatchlistPrices prices;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;
    private final FiredAlerts firedAlerts;

    AlertEvaluation(
            WatchItemRepository items,
            PriceAlertRepository alerts,
            AlertEventRepository events,
            MarketQuotes quotes,
            WatchlistPrices prices,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            FiredAlerts firedAlerts) {
        this.firedAlerts = firedAlerts;
        this.items = items;
        this.alerts = alerts;
        this.events = events;
        this.quotes = quotes;
        this.prices = prices;
        this.jdbc = jdbc;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /** The tenant's quotes refreshed and its armed alerts evaluated against them, now. */
    public Result evaluate(UUID tenantId) {
        try (TenantContext.Scope ignored = TenantContext.enter(tenantId)) {
            List<WatchItem> watched = reading.execute(status -> items.findAllByTenantId(tenantId));
            Map<UUID, List<PriceAlert>> armed =
                    reading.execute(status -> alerts.findAllByTenantIdAndState(tenantId, AlertState.ARMED)).stream()
                            .collect(Collectors.groupingBy(PriceAlert::getItemId));
            int refreshed = 0;
            int failed = 0;
            int fired = 0;
            Set<String> asked = new HashSet<>();
            for (WatchItem item : watched) {
                asked.add(item.getDataSource() + ":" + item.getSymbol());
                try {
                    Optional<Quote> latest = quotes.latest(tenantId, item.getSymbol(), item.getDataSource());
                    // A stale quote is an old price market-service kept while its provider fails: firing on it
                    // would announce a crossing that happened, if at all, long ago.
                    if (latest.isEmpty() || latest.get().stale()) {
                        failed++;
                        continue;
                    }
                    refreshed++;
                    Quote quote = latest.get();
                    writing.executeWithoutResult(status ->
                            items.rememberQuote(tenantId, item.getId(), quote.price(), quote.currency(), quote.asOf()));
                    fired += fire(tenantId, item, quote, armed.getOrDefault(item.getId(), List.of()));
                } catch (RuntimeException failure) {
                    failed++;
                    log.warn(
                            "Refreshing {} ({}) failed; the other symbols go on",
                            item.getSymbol(),
                            item.getDataSource(),
                            failure);
                }
            }
            for (Held held : held(tenantId)) {
                if (asked.add(held.source() + ":" + held.symbol())) {
                    if (quotes.latest(tenantId, held.symbol(), held.source()).isPresent()) {
                        refreshed++;
                    } else {
                        failed++;
                    }
                }
            }
            return new Result(refreshed, failed, fired);
        }
    }

    private int fire(UUID tenantId, WatchItem item, Quote quote, List<PriceAlert> armed) {
        if (armed.isEmpty()) {
            return 0;
        }
        BigDecimal previousClose = null;
        if (armed.stream().anyMatch(alert -> alert.getCondition().needsPreviousClose())) {
            previousClose = prices.previousClose(tenantId, item, quote).close();
        }
        int fired = 0;
        for (PriceAlert alert : armed) {
            fired += fireOnce(tenantId, alert.getId(), item, quote, previousClose);
        }
        return fired;
    }

    /** 1 when this call fired the alert (and wrote its one event), 0 when it did not cross or another did. */
    private int fireOnce(UUID tenantId, UUID alertId, WatchItem item, Quote quote, BigDecimal previousClose) {
        try {
            AlertCondition[] condition = new AlertCondition[1];
            Integer fired = writing.execute(status -> {
                Optional<PriceAlert> current = alerts.findByIdAndTenantId(alertId, tenantId);
                Optional<PriceAlert.Firing> firing =
                        current.flatMap(alert -> alert.fire(quote.price(), previousClose, clock.instant()));
                if (firing.isEmpty()) {
                    return 0;
                }
                alerts.save(firing.get().alert());
                alerts.flush();
                events.save(new AlertEvent(item, firing.get(), quote.currency()));
                condition[0] = firing.get().alert().getCondition();
                return 1;
            });
            if (fired != null && fired == 1) {
                firedAlerts.fired(condition[0]);
                log.info("Price alert {} on {} fired at {}", alertId, item.getSymbol(), quote.price());
            }
            return fired == null ? 0 : fired;
        } catch (OptimisticLockingFailureException lost) {
            log.debug("Price alert {} was fired or changed by another evaluation", alertId);
            return 0;
        }
    }

    /** The tenant's held symbols that market-service prices: assets with activities, not MANUAL. */
    private List<Held> held(UUID tenantId) {
        return reading.execute(status -> jdbc.query(
                """
                select distinct a.symbol, a.data_source from investment_assets a
                where a.tenant_id = ? and a.data_source <> 'MANUAL' and a.symbol is not null
                  and exists (select 1 from investment_activities x where x.tenant_id = a.tenant_id and x.asset_id = a.id)""", (row, i) -> new Held(row.getString(1), DataSource.valueOf(row.getString(2))), tenantId));
    }

    private record Held(String symbol, DataSource source) {}

    /** Symbols refreshed and failed (watched and held), and alerts fired by this evaluation. */
    public record Result(int symbolsRefreshed, int symbolsFailed, int alertsFired) {}
}
