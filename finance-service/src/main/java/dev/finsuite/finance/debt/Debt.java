package dev.finsuite.finance.debt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.web.ApiException.ConflictException;
import dev.finsuite.common.web.ApiException.UnprocessableException;

/**
 * Money owed between you and one person. What is due is the principal plus simple interest from the date to
 * the due date, fixed when the terms are agreed; repayments (or collections) bring it down to zero.
 */
@Entity
@Table(name = "finance_debts")
public class Debt extends AuditedEntity {

    private static final BigDecimal DAYS_TIMES_PERCENT = BigDecimal.valueOf(36500);

    @Id
    private UUID id;
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private String counterpartyName;
    private String counterpartyContact;
    private BigDecimal principal;
    private String currency;
    private LocalDate startDate;
    private LocalDate dueDate;
    private BigDecimal interestRate;
    private String notes;
    private BigDecimal totalDue;
    private BigDecimal paid;

    protected Debt() {
    }

    Debt(UUID tenantId, Direction direction, Terms terms, int minorUnits) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.direction = direction;
        this.paid = BigDecimal.ZERO;
        agree(terms, minorUnits);
    }

    /** New terms; refused (409) if what was already paid would be more than the new total. */
    void agree(Terms terms, int minorUnits) {
        if (currency != null && !currency.equals(terms.currency()) && paid.signum() > 0) {
            throw new ConflictException("Repayments were recorded in " + currency + "; the currency can no longer change");
        }
        BigDecimal newTotal = terms.principal().add(interest(terms, minorUnits));
        if (paid.compareTo(newTotal) > 0) {
            throw new ConflictException("More has already been paid (" + paid.toPlainString()
                    + ") than these terms make due (" + newTotal.toPlainString() + ")");
        }
        this.counterpartyName = terms.counterpartyName();
        this.counterpartyContact = terms.counterpartyContact();
        this.principal = terms.principal();
        this.currency = terms.currency();
        this.startDate = terms.startDate();
        this.dueDate = terms.dueDate();
        this.interestRate = terms.interestRate();
        this.notes = terms.notes();
        this.totalDue = newTotal;
    }

    /** Simple interest on the principal from the date to the due date, on a 365-day year, half-up to minor units. */
    private static BigDecimal interest(Terms terms, int minorUnits) {
        if (terms.interestRate() == null || terms.dueDate() == null) {
            return BigDecimal.ZERO;
        }
        long days = ChronoUnit.DAYS.between(terms.startDate(), terms.dueDate());
        return terms.principal().multiply(terms.interestRate()).multiply(BigDecimal.valueOf(days))
                .divide(DAYS_TIMES_PERCENT, minorUnits, RoundingMode.HALF_UP);
    }

    void receive(BigDecimal amount) {
        if (amount.compareTo(outstanding()) > 0) {
            throw new UnprocessableException("overpayment", "Only " + outstanding().toPlainString() + " " + currency
                    + " is outstanding; " + amount.toPlainString() + " is more than that");
        }
        paid = paid.add(amount);
    }

    /** A repayment taken back: the balance re-opens by its amount. */
    void reverse(BigDecimal amount) {
        paid = paid.subtract(amount);
    }

    public BigDecimal outstanding() {
        return totalDue.subtract(paid);
    }

    public DebtStatus status(LocalDate today) {
        if (outstanding().signum() == 0) {
            return DebtStatus.SETTLED;
        }
        return dueDate != null && dueDate.isBefore(today) ? DebtStatus.OVERDUE : DebtStatus.OPEN;
    }

    Terms terms() {
        return new Terms(counterpartyName, counterpartyContact, principal, currency, startDate, dueDate, interestRate, notes);
    }

    public UUID getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getTotalDue() {
        return totalDue;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    /** The borrowing or lending as the audit trail keeps it: its terms and what is paid and outstanding. */
    Snapshot snapshot() {
        return new Snapshot(id, terms(), totalDue, paid, outstanding(), getVersion());
    }

    /** The audit trail's name for this debt, or for one of its payments. */
    String auditType(boolean payment) {
        if (direction == Direction.BORROWED) {
            return payment ? "borrowing_repayment" : "borrowing";
        }
        return payment ? "lending_collection" : "lending";
    }

    record Snapshot(UUID id, Terms terms, BigDecimal totalDue, BigDecimal paid, BigDecimal outstanding, long version) {
    }

    record Terms(String counterpartyName, String counterpartyContact, BigDecimal principal, String currency,
            LocalDate startDate, LocalDate dueDate, BigDecimal interestRate, String notes) {
    }
}
