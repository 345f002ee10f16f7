package dev.finsuite.investment.watchlist;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.investment.InvestmentQuotas;
import dev.finsuite.investment.market.DataSource;
import dev.finsuite.investment.watchlist.WatchlistRequests.AlertPatch;
import dev.finsuite.investment.watchlist.WatchlistRequests.ItemPatch;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's watchlist items, their price alerts and the alerts' firings. */
@Service
class Watchlist {

    private final WatchItemRepository items;
    private final PriceAlertRepository alerts;
    private final AlertEventRepository events;
    private final TenantQuotas quotas;
    private final InvestmentQuotas limits;
    private final Metadata metadata;

    Watchlist(
            WatchItemRepository items,
            PriceAlertRepository alerts,
            AlertEventRepository events,
            TenantQuotas quotas,
            InvestmentQuotas limits,
            Metadata metadata) {
        this.metadata = metadata;
        this.items = items;
        this.alerts = alerts;
        this.events = events;
        this.quotas = quotas;
        this.limits = limits;
    }

    @Transactional
    WatchItem watch(UUID tenantId, String symbol, DataSource source, String note, String metadata) {
        WatchItem item = new WatchItem(tenantId, symbol, source, note, metadata);
        if (items.existsByTenantIdAndDataSourceAndSymbol(tenantId, source, symbol)) {
            throw new WatchlistFailures.AlreadyWatched();
        }
        quotas.requireOneMore(
                tenantId, "watchlistItems", limits.watchlistItems(), () -> items.countByTenantId(tenantId));
        WatchItem saved = items.save(item);
        items.flush();
        return saved;
    }

    @Transactional(readOnly = true)
    WatchItem item(UUID tenantId, UUID id) {
        return items.findByIdAndTenantId(id, tenantId).orElseThrow(WatchlistFailures.ItemNotFound::new);
    }

    @Transactional(readOnly = true)
    Page<WatchItem> items(UUID tenantId, Pageable pageable) {
        return items.findAllByTenantId(tenantId, pageable);
    }

    @Transactional
    WatchItem update(UUID tenantId, UUID id, ExpectedVersion expected, ItemPatch patch) {
        WatchItem item = item(tenantId, id);
        expected.check(item.getVersion());
        patch.applyTo(item, metadata);
        items.save(item);
        items.flush();
        return item;
    }

    /** The item goes with its alerts (the database cascades); their firings stay in the history. */
    @Transactional
    void unwatch(UUID tenantId, UUID id, ExpectedVersion expected) {
        WatchItem item = item(tenantId, id);
        expected.check(item.getVersion());
        items.delete(item);
        items.flush();
    }

    @Transactional
    PriceAlert addAlert(UUID tenantId, UUID itemId, AlertCondition condition, BigDecimal threshold) {
        WatchlistRequests.requireThreshold(condition, threshold);
        item(tenantId, itemId);
        if (alerts.existsByTenantIdAndItemIdAndConditionAndThreshold(tenantId, itemId, condition, threshold)) {
            throw new WatchlistFailures.DuplicateAlert();
        }
        quotas.requireOneMore(tenantId, "priceAlerts", limits.priceAlerts(), () -> alerts.countByTenantId(tenantId));
        PriceAlert saved = alerts.save(new PriceAlert(tenantId, itemId, condition, threshold));
        alerts.flush();
        return saved;
    }

    @Transactional(readOnly = true)
    Page<PriceAlert> alerts(UUID tenantId, UUID itemId, Pageable pageable) {
        item(tenantId, itemId);
        return alerts.findAllByTenantIdAndItemId(tenantId, itemId, pageable);
    }

    @Transactional(readOnly = true)
    PriceAlert alert(UUID tenantId, UUID id) {
        return alerts.findByIdAndTenantId(id, tenantId).orElseThrow(WatchlistFailures.AlertNotFound::new);
    }

    @Transactional
    PriceAlert updateAlert(UUID tenantId, UUID id, ExpectedVersion expected, AlertPatch patch) {
        AlertState state = patch.state();
        BigDecimal threshold = patch.threshold();
        if (state == AlertState.TRIGGERED) {
            throw new WatchlistFailures.TriggeredIsNotChosen();
        }
        PriceAlert alert = alert(tenantId, id);
        expected.check(alert.getVersion());
        if (threshold != null
                && threshold.compareTo(alert.getThreshold()) != 0
                && alerts.existsByTenantIdAndItemIdAndConditionAndThreshold(
                        tenantId, alert.getItemId(), alert.getCondition(), threshold)) {
            throw new WatchlistFailures.DuplicateAlert();
        }
        if (threshold != null) {
            WatchlistRequests.requireThreshold(alert.getCondition(), threshold);
            alert.changeThreshold(threshold);
        }
        if (state != null) {
            alert.choose(state);
        }
        alerts.save(alert);
        alerts.flush();
        return alert;
    }

    @Transactional
    void removeAlert(UUID tenantId, UUID id, ExpectedVersion expected) {
        PriceAlert alert = alert(tenantId, id);
        expected.check(alert.getVersion());
        alerts.delete(alert);
        alerts.flush();
    }

    @Transactional(readOnly = true)
    Page<AlertEvent> events(UUID tenantId, UUID alertId, Pageable pageable) {
        return alertId == null
                ? events.findAllByTenantId(tenantId, pageable)
                : events.findAllByTenantIdAndAlertId(tenantId, alertId, pageable);
    }
}
