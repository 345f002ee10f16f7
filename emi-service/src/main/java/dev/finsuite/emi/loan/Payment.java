package dev.finsuite.emi.loan;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Money paid towards one instalment; several partial payments may add up to it. Reversing one deletes it. */
@Entity
@Table(name = "emi_payments")
public class Payment {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID loanId;
    private int instalmentNumber;
    private BigDecimal amount;
    private LocalDate paidOn;
    private int daysLate;
    private Instant createdAt;

    protected Payment() {}

    Payment(
            UUID tenantId,
            UUID loanId,
            int instalmentNumber,
            LocalDate dueDate,
            Money amount,
            LocalDate paidOn,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.loanId = loanId;
        this.instalmentNumber = instalmentNumber;
        this.amount = amount.amount();
        this.paidOn = paidOn;
        this.daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, paidOn));
        this.createdAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    UUID getLoanId() {
        return loanId;
    }

    public int getInstalmentNumber() {
        return instalmentNumber;
    }

    /** The amount paid, in the loan's currency (the row keeps only the number). */
    public Money amount(Currency loanCurrency) {
        return new Money(amount, loanCurrency);
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public int getDaysLate() {
        return daysLate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The payment as the audit trail keeps it. */
    Snapshot snapshot() {
        return new Snapshot(id, loanId, instalmentNumber, amount, paidOn, daysLate);
    }

    record Snapshot(UUID id, UUID loanId, int instalmentNumber, BigDecimal amount, LocalDate paidOn, int daysLate) {}
}
