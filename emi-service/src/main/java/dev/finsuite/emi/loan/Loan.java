package dev.finsuite.emi.loan;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.CurrencyColumn;
import dev.finsuite.common.money.Money;
import dev.finsuite.emi.loan.LoanFailures.FinerThanTheCurrency;
import dev.finsuite.emi.loan.LoanFailures.ImpossibleDate;
import dev.finsuite.emi.loan.LoanFailures.LoanClosed;
import dev.finsuite.emi.loan.LoanFailures.TermsFrozen;
import dev.finsuite.emi.schedule.LoanTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A loan repaid in monthly instalments. Its schedule is projected from these terms plus its adjustments. */
@Entity
@Table(name = "emi_loans")
public class Loan extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String name;
    private String lender;

    @Enumerated(EnumType.STRING)
    private LoanType loanType;

    private BigDecimal principal;

    @Convert(converter = CurrencyColumn.class)
    private Currency currency;

    private BigDecimal annualRate;
    private int tenureMonths;
    private LocalDate disbursalDate;
    private LocalDate firstEmiDate;

    @Enumerated(EnumType.STRING)
    private LoanStatus status;

    private String notes;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String metadata;

    protected Loan() {}

    Loan(UUID tenantId, LoanDetails details, AgreedTerms terms) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.status = LoanStatus.ACTIVE;
        describe(details);
        terms.requireCoherentDates();
        agree(terms);
    }

    void describe(LoanDetails details) {
        this.name = details.name();
        this.lender = details.lender();
        this.loanType = details.loanType();
        this.notes = details.notes();
        this.metadata = details.metadataJson();
    }

    /**
     * Rewrites what was agreed. Once money has moved (payments, prepayments or rate changes) the schedule they
     * were made against must stay, so the terms are frozen; a rate change or prepayment says what changed.
     */
    void revise(AgreedTerms revised, boolean moneyHasMoved) {
        revised.requireCoherentDates();
        if (moneyHasMoved && !revised.equals(agreedTerms())) {
            throw new TermsFrozen();
        }
        agree(revised);
    }

    private void agree(AgreedTerms terms) {
        this.principal = terms.principal().amount();
        this.currency = terms.principal().currency();
        this.annualRate = terms.annualRate();
        this.tenureMonths = terms.tenureMonths();
        this.disbursalDate = terms.disbursalDate();
        this.firstEmiDate = terms.firstEmiDate();
    }

    LoanDetails details() {
        return new LoanDetails(name, lender, loanType, notes, metadata);
    }

    AgreedTerms agreedTerms() {
        return new AgreedTerms(principal(), annualRate, tenureMonths, disbursalDate, firstEmiDate);
    }

    /** What the schedule engine projects: the terms, paid in the currency's minor units. */
    LoanTerms terms() {
        return new LoanTerms(principal, annualRate, tenureMonths, firstEmiDate, currency.minorUnits());
    }

    void requireActive() {
        if (status == LoanStatus.CLOSED) {
            throw new LoanClosed();
        }
    }

    /** Money paid towards this loan ({@code field} of the request): in the loan's currency, payable as it is. */
    Money money(String field, BigDecimal amount) {
        return payable(field, new Money(amount, currency));
    }

    /** {@code money} as it is, when it can be paid as it is; a 400 on {@code field} when it is finer than a minor unit. */
    static Money payable(String field, Money money) {
        if (!money.fitsMinorUnits()) {
            throw new FinerThanTheCurrency(field, money);
        }
        return money;
    }

    void close() {
        status = LoanStatus.CLOSED;
    }

    void reopen() {
        status = LoanStatus.ACTIVE;
    }

    void changeStatus(LoanStatus requested) {
        status = Objects.requireNonNull(requested);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLender() {
        return lender;
    }

    public LoanType getLoanType() {
        return loanType;
    }

    public Money principal() {
        return new Money(principal, currency);
    }

    public Currency currency() {
        return currency;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public int getTenureMonths() {
        return tenureMonths;
    }

    public LocalDate getDisbursalDate() {
        return disbursalDate;
    }

    public LocalDate getFirstEmiDate() {
        return firstEmiDate;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    String getMetadata() {
        return metadata;
    }

    /** The descriptive parts of a loan, which may change at any time. */
    record LoanDetails(String name, String lender, LoanType loanType, String notes, String metadataJson) {}

    /** The parts of a loan its schedule is computed from. Amounts and rates compare by value, not by scale. */
    record AgreedTerms(
            Money principal, BigDecimal annualRate, int tenureMonths, LocalDate disbursalDate, LocalDate firstEmiDate) {

        /**
         * What single-field constraints cannot check: dates in range (first, so the ten-year sum cannot overflow)
         * and the first EMI neither before disbursal nor more than ten years after it.
         */
        void requireCoherentDates() {
            if (!LoanTerms.withinRange(disbursalDate)) {
                throw new ImpossibleDate("disbursalDate", LoanTerms.RANGE_MESSAGE);
            }
            if (firstEmiDate.isBefore(disbursalDate)) {
                throw new ImpossibleDate("firstEmiDate", "must not be before the disbursal date");
            }
            if (firstEmiDate.isAfter(disbursalDate.plusYears(10))) {
                throw new ImpossibleDate("firstEmiDate", "must be within ten years of the disbursal date");
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AgreedTerms that
                    && principal.equals(that.principal)
                    && annualRate.compareTo(that.annualRate) == 0
                    && tenureMonths == that.tenureMonths
                    && disbursalDate.equals(that.disbursalDate)
                    && firstEmiDate.equals(that.firstEmiDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principal, annualRate.stripTrailingZeros(), tenureMonths, disbursalDate, firstEmiDate);
        }
    }

    /** The loan as the audit trail keeps it: its terms and whether it is open. */
    Snapshot snapshot() {
        return new Snapshot(
                id,
                name,
                lender,
                loanType,
                principal,
                currency.code(),
                annualRate,
                tenureMonths,
                disbursalDate,
                firstEmiDate,
                status,
                notes,
                getVersion());
    }

    record Snapshot(
            UUID id,
            String name,
            String lender,
            LoanType loanType,
            BigDecimal principal,
            String currency,
            BigDecimal annualRate,
            int tenureMonths,
            LocalDate disbursalDate,
            LocalDate firstEmiDate,
            LoanStatus status,
            String notes,
            long version) {}
}
