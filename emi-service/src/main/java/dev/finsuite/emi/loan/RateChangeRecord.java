package dev.finsuite.emi.loan;

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

/** A floating-rate loan's new rate, in force from a date; kept in the loan's history like a prepayment. */
@Entity
@Table(name = "emi_rate_changes")
public class RateChangeRecord {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID loanId;
    private BigDecimal annualRate;
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    private Strategy strategy;

    private Instant createdAt;

    protected RateChangeRecord() {}

    RateChangeRecord(UUID tenantId, UUID loanId, Adjustment.RateChange change, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.loanId = loanId;
        this.annualRate = change.annualRate();
        this.effectiveFrom = change.date();
        this.strategy = change.strategy();
        this.createdAt = recordedAt;
    }

    Adjustment.RateChange adjustment() {
        return new Adjustment.RateChange(effectiveFrom, annualRate, strategy);
    }

    public UUID getId() {
        return id;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The rate change as the audit trail keeps it. */
    Snapshot snapshot() {
        return new Snapshot(id, loanId, annualRate, effectiveFrom, strategy);
    }

    record Snapshot(UUID id, UUID loanId, BigDecimal annualRate, LocalDate effectiveFrom, Strategy strategy) {}
}
