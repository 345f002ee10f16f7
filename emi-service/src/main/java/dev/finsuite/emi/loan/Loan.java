package dev.finsuite.emi.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.web.ApiException.ConflictException;
import dev.finsuite.emi.schedule.LoanTerms;

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
    private String currency;
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

    protected Loan() {
    }

    Loan(UUID tenantId, LoanDetails details, AgreedTerms terms) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.status = LoanStatus.ACTIVE;
        describe(details);
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
        if (moneyHasMoved && !revised.equals(agreedTerms())) {
            throw new ConflictException("This loan has payments, prepayments or rate changes: its principal, rate, "
                    + "tenure and dates can no longer change. Record a rate change or a prepayment instead");
        }
        agree(revised);
    }

    private void agree(AgreedTerms terms) {
        this.principal = terms.principal();
        this.currency = terms.currency();
        this.annualRate = terms.annualRate();
        this.tenureMonths = terms.tenureMonths();
        this.disbursalDate = terms.disbursalDate();
        this.firstEmiDate = terms.firstEmiDate();
    }

    AgreedTerms agreedTerms() {
        return new AgreedTerms(principal, currency, annualRate, tenureMonths, disbursalDate, firstEmiDate);
    }

    LoanTerms terms(int minorUnits) {
        return new LoanTerms(principal, annualRate, tenureMonths, firstEmiDate, minorUnits);
    }

    void requireActive() {
        if (status == LoanStatus.CLOSED) {
            throw new ConflictException("This loan is closed; reopen it (status ACTIVE) to record money against it");
        }
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

    public BigDecimal getPrincipal() {
        return principal;
    }

    public String getCurrency() {
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
    record LoanDetails(String name, String lender, LoanType loanType, String notes, String metadataJson) {
    }

    /** The parts of a loan its schedule is computed from. Amounts compare by value, not by scale. */
    record AgreedTerms(BigDecimal principal, String currency, BigDecimal annualRate, int tenureMonths,
            LocalDate disbursalDate, LocalDate firstEmiDate) {

        @Override
        public boolean equals(Object other) {
            return other instanceof AgreedTerms that && principal.compareTo(that.principal) == 0
                    && currency.equals(that.currency) && annualRate.compareTo(that.annualRate) == 0
                    && tenureMonths == that.tenureMonths && disbursalDate.equals(that.disbursalDate)
                    && firstEmiDate.equals(that.firstEmiDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principal.stripTrailingZeros(), currency, annualRate.stripTrailingZeros(), tenureMonths,
                    disbursalDate, firstEmiDate);
        }
    }

    /** The loan as the audit trail keeps it: its terms and whether it is open. */
    Snapshot snapshot() {
        return new Snapshot(id, name, lender, loanType, principal, currency, annualRate, tenureMonths, disbursalDate,
                firstEmiDate, status, notes, getVersion());
    }

    record Snapshot(UUID id, String name, String lender, LoanType loanType, BigDecimal principal, String currency,
            BigDecimal annualRate, int tenureMonths, LocalDate disbursalDate, LocalDate firstEmiDate, LoanStatus status,
            String notes, long version) {
    }
}
