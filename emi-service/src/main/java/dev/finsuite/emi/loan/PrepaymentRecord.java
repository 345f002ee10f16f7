package dev.finsuite.emi.loan;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.emi.schedule.Adjustment;
import dev.finsuite.emi.schedule.Strategy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A prepayment in the loan's history; every one is kept, and the schedule is re-projected from all of them. */
@Entity
@Table(name = "emi_prepayments")
public class PrepaymentRecord {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID loanId;
    private BigDecimal amount;
    private LocalDate prepaidOn;

    @Enumerated(EnumType.STRING)
    private Strategy strategy;

    private Instant createdAt;

    protected PrepaymentRecord() {}

    PrepaymentRecord(UUID tenantId, UUID loanId, Adjustment.Prepayment prepayment, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.loanId = loanId;
        this.amount = prepayment.amount();
        this.prepaidOn = prepayment.date();
        this.strategy = prepayment.strategy();
        this.createdAt = recordedAt;
    }

    Adjustment.Prepayment adjustment() {
        return new Adjustment.Prepayment(prepaidOn, amount, strategy);
    }

    public UUID getId() {
        return id;
    }

    /** The amount prepaid, in the loan's currency (the row keeps only the number). */
    public Money amount(Currency loanCurrency) {
        return new Money(amount, loanCurrency);
    }

    public LocalDate getPrepaidOn() {
        return prepaidOn;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The prepayment as the audit trail keeps it. */
    Snapshot snapshot() {
        return new Snapshot(id, loanId, amount, prepaidOn, strategy);
    }

    record Snapshot(UUID id, UUID loanId, BigDecimal amount, LocalDate prepaidOn, Strategy strategy) {}
}
