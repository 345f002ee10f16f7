package dev.finsuite.investment.watchlist;

import dev.finsuite.investment.market.DataSource;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One firing of an alert, kept as it happened: never changed, kept after the alert or item is deleted. */
@Entity
@Table(name = "investment_alert_events")
public class AlertEvent {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID alertId;
    private UUID itemId;
    private String symbol;

    @Enumerated(EnumType.STRING)
    private DataSource dataSource;

    @Enumerated(EnumType.STRING)
    private AlertCondition condition;

    private BigDecimal threshold;
    private BigDecimal price;
    private String currency;
    private BigDecimal referencePrice;
    private Instant firedAt;

    protected AlertEvent() {}

    AlertEvent(WatchItem item, PriceAlert.Firing firing, String currency) {
        this.id = UUID.randomUUID();
        this.tenantId = item.getTenantId();
        this.alertId = firing.alert().getId();
        this.itemId = item.getId();
        this.symbol = item.getSymbol();
        this.dataSource = item.getDataSource();
        this.condition = firing.alert().getCondition();
        this.threshold = firing.alert().getThreshold();
        this.price = firing.price();
        this.currency = currency;
        this.referencePrice = firing.referencePrice();
        this.firedAt = firing.at();
    }

    public UUID getId() {
        return id;
    }

    public UUID getAlertId() {
        return alertId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public String getSymbol() {
        return symbol;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public AlertCondition getCondition() {
        return condition;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public Instant getFiredAt() {
        return firedAt;
    }
}
