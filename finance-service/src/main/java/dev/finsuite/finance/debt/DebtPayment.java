package dev.finsuite.finance.debt;

import dev.finsuite.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    protected DebtPayment() {}

    /** {@code amount} is in the debt's currency; the row keeps only the number. */
    DebtPayment(UUID tenantId, Debt debt, Money amount, LocalDate paidOn, String note, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.debtId = debt.getId();
        this.amount = amount.amount();
        this.paidOn = paidOn;
        this.note = note;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDebtId() {
        return debtId;
    }

    /** The amount, in the currency of {@code debt}, which must be the one this was paid towards. */
    public Money amount(Debt debt) {
        if (!debt.getId().equals(debtId)) {
            throw new IllegalArgumentException("Payment " + id + " is not towards debt " + debt.getId());
        }
        return new Money(amount, debt.currency());
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

    record Snapshot(UUID id, UUID debtId, BigDecimal amount, LocalDate paidOn, String note) {}

    public Instant getCreatedAt() {
        return createdAt;
    }
}
