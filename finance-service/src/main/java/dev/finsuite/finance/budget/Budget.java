package dev.finsuite.finance.budget;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.CurrencyColumn;
import dev.finsuite.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A spending limit per period, for one expense category (with its sub-categories) or for all spending. */
@Entity
@Table(name = "finance_budgets")
public class Budget extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String name;
    private UUID categoryId;

    @Column(name = "amount_limit")
    private BigDecimal limit;

    @Convert(converter = CurrencyColumn.class)
    private Currency currency;

    @Enumerated(EnumType.STRING)
    private BudgetPeriod period;

    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private Rollover rollover;

    protected Budget() {}

    Budget(UUID tenantId, Terms terms) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        revise(terms);
    }

    void revise(Terms terms) {
        this.name = terms.name();
        this.categoryId = terms.categoryId();
        this.limit = terms.limit().amount();
        this.currency = terms.limit().currency();
        this.period = terms.period();
        this.startDate = terms.startDate();
        this.rollover = terms.rollover();
    }

    Terms terms() {
        return new Terms(name, categoryId, new Money(limit, currency), period, startDate, rollover);
    }

    public UUID getId() {
        return id;
    }

    /** The budget as the audit trail keeps it. */
    Snapshot snapshot() {
        return new Snapshot(
                id,
                new Snapshot.Terms(name, categoryId, limit, currency.code(), period, startDate, rollover),
                getVersion());
    }

    /** Flat, as the audit trail has always kept it: the limit beside its currency code. */
    record Snapshot(UUID id, Terms terms, long version) {

        record Terms(
                String name,
                UUID categoryId,
                BigDecimal limit,
                String currency,
                BudgetPeriod period,
                LocalDate startDate,
                Rollover rollover) {}
    }

    /** The budget's terms; {@code categoryId} null means all spending. */
    record Terms(
            String name, UUID categoryId, Money limit, BudgetPeriod period, LocalDate startDate, Rollover rollover) {

        Terms named(String defaultName) {
            return name != null ? this : new Terms(defaultName, categoryId, limit, period, startDate, rollover);
        }
    }
}
