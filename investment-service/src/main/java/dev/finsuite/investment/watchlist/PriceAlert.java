package dev.finsuite.investment.watchlist;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A price alert on a watched symbol, a small state machine: ARMED → TRIGGERED when a price crosses it (once:
 * never again until re-armed), ARMED ⇄ PAUSED at the owner's word, TRIGGERED → ARMED or PAUSED likewise.
 * TRIGGERED is reached only by {@link #fire}; its version makes two evaluations racing to fire it agree on one.
 */
@Entity
@Table(name = "investment_price_alerts")
public class PriceAlert extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID itemId;

    @Enumerated(EnumType.STRING)
    private AlertCondition condition;

    private BigDecimal threshold;

    @Enumerated(EnumType.STRING)
    private AlertState state;

    private BigDecimal triggeredPrice;
    private Instant triggeredAt;

    protected PriceAlert() {}

    PriceAlert(UUID tenantId, UUID itemId, AlertCondition condition, BigDecimal threshold) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.itemId = itemId;
        this.condition = condition;
        this.threshold = threshold;
        this.state = AlertState.ARMED;
    }

    /**
     * Fires when armed and crossed by {@code price} (MOVE_PERCENT against {@code previousClose}), recording the
     * price and time; otherwise nothing changes and nothing is returned.
     */
    Optional<Firing> fire(BigDecimal price, BigDecimal previousClose, Instant at) {
        if (state != AlertState.ARMED || !condition.crossedBy(price, previousClose, threshold)) {
            return Optional.empty();
        }
        state = AlertState.TRIGGERED;
        triggeredPrice = price;
        triggeredAt = at;
        return Optional.of(new Firing(this, price, condition.needsPreviousClose() ? previousClose : null, at));
    }

    /** The owner's choice of state: ARMED (re-arms a fired alert) or PAUSED; TRIGGERED is never chosen. */
    void choose(AlertState requested) {
        switch (requested) {
            case ARMED -> rearm();
            case PAUSED -> state = AlertState.PAUSED;
            case TRIGGERED -> throw new WatchlistFailures.TriggeredIsNotChosen();
        }
    }

    private void rearm() {
        state = AlertState.ARMED;
        triggeredPrice = null;
        triggeredAt = null;
    }

    /** A new threshold is a new alert: a fired one is armed again for it, a paused one stays paused. */
    void changeThreshold(BigDecimal newThreshold) {
        if (newThreshold.compareTo(threshold) == 0) {
            return;
        }
        threshold = newThreshold;
        if (state == AlertState.TRIGGERED) {
            rearm();
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public AlertCondition getCondition() {
        return condition;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public AlertState getState() {
        return state;
    }

    public BigDecimal getTriggeredPrice() {
        return triggeredPrice;
    }

    public Instant getTriggeredAt() {
        return triggeredAt;
    }

    /** One firing: what crossed, at what price, against which reference (the previous close for MOVE_PERCENT). */
    record Firing(PriceAlert alert, BigDecimal price, BigDecimal referencePrice, Instant at) {}
}
