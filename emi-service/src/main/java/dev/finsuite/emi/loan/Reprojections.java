package dev.finsuite.emi.loan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.web.ApiException.ConflictException;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.emi.schedule.Adjustment;
import dev.finsuite.emi.schedule.Amortization;
import dev.finsuite.emi.schedule.Schedule;

/**
 * Prepayments and rate changes: each re-projects the schedule from the first instalment it affects and is
 * kept in the loan's history. Instalments that already have payments are never re-projected under them.
 */
@Service
class Reprojections {

    private final LoanRepository loans;
    private final PaymentRepository payments;
    private final PrepaymentRepository prepayments;
    private final RateChangeRepository rateChanges;
    private final Ledgers ledgers;
    private final Currencies currencies;
    private final AuditTrail audit;
    private final RecordedPayments recorded;

    Reprojections(LoanRepository loans, PaymentRepository payments, PrepaymentRepository prepayments,
            RateChangeRepository rateChanges, Ledgers ledgers, Currencies currencies, AuditTrail audit,
            RecordedPayments recorded) {
        this.recorded = recorded;
        this.currencies = currencies;
        this.audit = audit;
        this.loans = loans;
        this.payments = payments;
        this.prepayments = prepayments;
        this.rateChanges = rateChanges;
        this.ledgers = ledgers;
    }

    @Transactional
    Recorded<PrepaymentRecord> prepay(UUID tenantId, UUID loanId, Adjustment.Prepayment prepayment) {
        Loan loan = lockActive(tenantId, loanId);
        if (prepayment.date().isAfter(ledgers.latestPaymentDate())) {
            throw new ValidationException("date", "must not be in the future; use what-if to plan a prepayment");
        }
        currencies.requireFits("amount", prepayment.amount(), loan.getCurrency());
        Outcome outcome = reproject(tenantId, loan, prepayment);
        PrepaymentRecord saved = prepayments.save(new PrepaymentRecord(tenantId, loanId, prepayment));
        audit.created("loan_prepayment", saved.getId(), saved.snapshot());
        if (outcome.after().fullyRepaid()) {
            loan.close();
        }
        recorded.prepaid();
        return new Recorded<>(saved, outcome, loan.getStatus());
    }

    @Transactional
    Recorded<RateChangeRecord> changeRate(UUID tenantId, UUID loanId, Adjustment.RateChange change) {
        Loan loan = lockActive(tenantId, loanId);
        Outcome outcome = reproject(tenantId, loan, change);
        RateChangeRecord saved = rateChanges.save(new RateChangeRecord(tenantId, loanId, change));
        audit.created("loan_rate_change", saved.getId(), saved.snapshot());
        return new Recorded<>(saved, outcome, loan.getStatus());
    }

    /** The same re-projection as a prepayment, for any date, saving nothing. */
    @Transactional(readOnly = true)
    Outcome whatIf(UUID tenantId, UUID loanId, Adjustment.Prepayment prepayment) {
        Loan loan = find(tenantId, loanId);
        currencies.requireFits("prepaymentAmount", prepayment.amount(), loan.getCurrency());
        return reproject(tenantId, loan, prepayment);
    }

    /** The loan's prepayments, oldest first, with the minor units their amounts are shown in. */
    @Transactional(readOnly = true)
    History<PrepaymentRecord> prepayments(UUID tenantId, UUID loanId) {
        Loan loan = find(tenantId, loanId);
        return new History<>(prepayments.findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loanId),
                currencies.minorUnits(loan.getCurrency()));
    }

    @Transactional(readOnly = true)
    History<RateChangeRecord> rateChanges(UUID tenantId, UUID loanId) {
        Loan loan = find(tenantId, loanId);
        return new History<>(rateChanges.findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loanId),
                currencies.minorUnits(loan.getCurrency()));
    }

    private Outcome reproject(UUID tenantId, Loan loan, Adjustment adjustment) {
        requireAfterDisbursal(loan, adjustment);
        int first = Amortization.firstAffected(ledgers.terms(loan), adjustment);
        if (payments.existsByTenantIdAndLoanIdAndInstalmentNumberGreaterThanEqual(tenantId, loan.getId(), first)) {
            throw new ConflictException("Instalment " + first + " or a later one already has payments, and this "
                    + "would re-project it. Reverse those payments first, or date this after them");
        }
        Ledgers.Reprojected reprojected = ledgers.withAndWithout(tenantId, loan, adjustment);
        return new Outcome(reprojected.before(), reprojected.after(), first);
    }

    private Loan lockActive(UUID tenantId, UUID loanId) {
        Loan loan = loans.lockByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        loan.requireActive();
        return loan;
    }

    private Loan find(UUID tenantId, UUID loanId) {
        return loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
    }

    private static void requireAfterDisbursal(Loan loan, Adjustment adjustment) {
        if (adjustment.date().isBefore(loan.getDisbursalDate())) {
            throw new ValidationException(adjustment instanceof Adjustment.RateChange ? "effectiveFrom" : "date",
                    "must not be before the loan was disbursed (" + loan.getDisbursalDate() + ")");
        }
    }

    /** The loan before and after a re-projection, and the first instalment it changed. */
    record Outcome(LoanLedger before, LoanLedger after, int firstAffected) {

        BigDecimal interestSaved() {
            return before.schedule().totalInterest().subtract(after.schedule().totalInterest());
        }

        int monthsSaved() {
            return before.schedule().length() - after.schedule().length();
        }

        /** The instalment from the change on (zero when the change repaid the loan outright). */
        BigDecimal newEmi() {
            Schedule schedule = after.schedule();
            return firstAffected <= schedule.length() ? schedule.instalments().get(firstAffected - 1).amount() : BigDecimal.ZERO;
        }
    }

    record Recorded<T>(T record, Outcome outcome, LoanStatus loanStatus) {
    }

    /** A loan's history of one kind of adjustment, and the decimals of the loan's currency. */
    record History<T>(List<T> records, int minorUnits) {
    }
}
