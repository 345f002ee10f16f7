package dev.finsuite.finance.debt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** A repayment of a borrowing, or a collection of a lending. Immutable: a mistake is deleted and recorded again. */
@Entity
@Table(name = "finance_debt_payments")
public class DebtPayment {

    @Id
    private UUID id;
    private UUID tenantId;
    private UUID debtId;
    private BigDecimal amount;
    private LocalDate paidOn;
    private String note;
    private Instant createdAt;

    protected DebtPayment() {
    }

    DebtPayment(UUID tenantId, UUID debtId, BigDecimal amount, LocalDate paidOn, String note) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.debtId = debtId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.note = note;
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getDebtId() {
        return debtId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getNote() {
        return note;
    }

    /** The repayment or collection as the audit trail keeps it. */
    Snapshot snapshot() {
        return new Snapshot(id, debtId, amount, paidOn, note);
    }

    record Snapshot(UUID id, UUID debtId, BigDecimal amount, LocalDate paidOn, String note) {
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
