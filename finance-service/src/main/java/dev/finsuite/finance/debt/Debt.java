package dev.finsuite.finance.debt;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.CurrencyColumn;
import dev.finsuite.common.money.Money;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

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

    @Convert(converter = CurrencyColumn.class)
    private Currency currency;

    private LocalDate startDate;
    private LocalDate dueDate;
    private BigDecimal interestRate;
    private String notes;
    private BigDecimal totalDue;
    private BigDecimal paid;

    protected Debt() {}

    Debt(UUID tenantId, Direction direction, Terms terms) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.direction = direction;
        this.paid = BigDecimal.ZERO;
        agree(terms);
    }

    /** New terms; refused if repayments fix the currency or would be more than the new total. */
    void agree(Terms terms) {
        Money newTotal = terms.principal().plus(interest(terms));
        if (paid.signum() > 0) {
            if (!currency.code().equals(newTotal.currencyCode())) {
                throw new DebtFailures.CurrencyFixedByPayments(paid());
            }
            if (paid().isGreaterThan(newTotal)) {
                throw new DebtFailures.PaidMoreThanNewTerms(paid(), newTotal);
            }
        }
        this.counterpartyName = terms.counterpartyName();
        this.counterpartyContact = terms.counterpartyContact();
        this.principal = terms.principal().amount();
        this.currency = terms.principal().currency();
        this.startDate = terms.startDate();
        this.dueDate = terms.dueDate();
        this.interestRate = terms.interestRate();
        this.notes = terms.notes();
        this.totalDue = newTotal.amount();
    }

    /**
     * Simple interest on the principal from the date to the due date, on a 365-day year, as it is paid: rounded
     * once, by {@link Money#shown()}. The quotient by 36500 rarely ends, so it is taken to 34 digits first, far
     * past any currency's minor units.
     */
    private static Money interest(Terms terms) {
        Money principal = terms.principal();
        if (terms.interestRate() == null || terms.dueDate() == null) {
            return Money.zero(principal.currency());
        }
        long days = ChronoUnit.DAYS.between(terms.startDate(), terms.dueDate());
        BigDecimal share = terms.interestRate()
                .multiply(BigDecimal.valueOf(days))
                .divide(DAYS_TIMES_PERCENT, MathContext.DECIMAL128);
        return principal.times(share).shown();
    }

    void receive(Money amount) {
        if (amount.isGreaterThan(outstanding())) {
            throw new DebtFailures.Overpayment(outstanding(), amount);
        }
        paid = paid().plus(amount).amount();
    }

    /** A repayment taken back: the balance re-opens by its amount. */
    void reverse(Money amount) {
        paid = paid().minus(amount).amount();
    }

    public Money principal() {
        return new Money(principal, currency);
    }

    public Money totalDue() {
        return new Money(totalDue, currency);
    }

    public Money interest() {
        return totalDue().minus(principal());
    }

    public Money paid() {
        return new Money(paid, currency);
    }

    public Money outstanding() {
        return totalDue().minus(paid());
    }

    public Currency currency() {
        return currency;
    }

    public DebtStatus status(LocalDate today) {
        if (outstanding().isZero()) {
            return DebtStatus.SETTLED;
        }
        return dueDate != null && dueDate.isBefore(today) ? DebtStatus.OVERDUE : DebtStatus.OPEN;
    }

    Terms terms() {
        return new Terms(counterpartyName, counterpartyContact, principal(), startDate, dueDate, interestRate, notes);
    }

    public UUID getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    /** The borrowing or lending as the audit trail keeps it: its terms and what is paid and outstanding. */
    Snapshot snapshot() {
        return new Snapshot(
                id,
                new Snapshot.Terms(
                        counterpartyName,
                        counterpartyContact,
                        principal,
                        currency.code(),
                        startDate,
                        dueDate,
                        interestRate,
                        notes),
                totalDue,
                paid,
                outstanding().amount(),
                getVersion());
    }

    /** The audit trail's name for this debt, or for one of its payments. */
    String auditType(boolean payment) {
        if (direction == Direction.BORROWED) {
            return payment ? "borrowing_repayment" : "borrowing";
        }
        return payment ? "lending_collection" : "lending";
    }

    /** Flat, as the audit trail has always kept it: amounts beside their currency code. */
    record Snapshot(UUID id, Terms terms, BigDecimal totalDue, BigDecimal paid, BigDecimal outstanding, long version) {

        record Terms(
                String counterpartyName,
                String counterpartyContact,
                BigDecimal principal,
                String currency,
                LocalDate startDate,
                LocalDate dueDate,
                BigDecimal interestRate,
                String notes) {}
    }

    /** What was agreed: no due date before the start, and interest only up to a due date. */
    record Terms(
            String counterpartyName,
            String counterpartyContact,
            Money principal,
            LocalDate startDate,
            LocalDate dueDate,
            BigDecimal interestRate,
            String notes) {

        Terms {
            if (dueDate != null && dueDate.isBefore(startDate)) {
                throw new DebtFailures.DueBeforeStart();
            }
            if (interestRate != null && dueDate == null) {
                throw new DebtFailures.InterestNeedsDueDate();
            }
        }
    }
}
