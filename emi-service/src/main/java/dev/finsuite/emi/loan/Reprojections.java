package dev.finsuite.emi.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.web.ApiException.ConflictException;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.ValidationException;
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

    Reprojections(LoanRepository loans, PaymentRepository payments, PrepaymentRepository prepayments,
            RateChangeRepository rateChanges, Ledgers ledgers) {
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
        requireScale(loan, "amount", prepayment.amount());
        Outcome outcome = reproject(tenantId, loan, prepayment);
        PrepaymentRecord saved = prepayments.save(new PrepaymentRecord(tenantId, loanId, prepayment));
        if (outcome.after().fullyRepaid()) {
            loan.close();
        }
        return new Recorded<>(saved, outcome, loan.getStatus());
    }

    @Transactional
    Recorded<RateChangeRecord> changeRate(UUID tenantId, UUID loanId, Adjustment.RateChange change) {
        Loan loan = lockActive(tenantId, loanId);
        Outcome outcome = reproject(tenantId, loan, change);
        RateChangeRecord saved = rateChanges.save(new RateChangeRecord(tenantId, loanId, change));
        return new Recorded<>(saved, outcome, loan.getStatus());
    }

    /** The same re-projection as a prepayment, for any date, saving nothing. */
    @Transactional(readOnly = true)
    Outcome whatIf(UUID tenantId, UUID loanId, Adjustment.Prepayment prepayment) {
        Loan loan = loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        requireScale(loan, "prepaymentAmount", prepayment.amount());
        return reproject(tenantId, loan, prepayment);
    }

    @Transactional(readOnly = true)
    List<PrepaymentRecord> prepayments(UUID tenantId, UUID loanId) {
        requireLoan(tenantId, loanId);
        return prepayments.findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loanId);
    }

    @Transactional(readOnly = true)
    int minorUnits(UUID tenantId, UUID loanId) {
        Loan loan = loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        return ledgers.terms(loan).minorUnits();
    }

    @Transactional(readOnly = true)
    List<RateChangeRecord> rateChanges(UUID tenantId, UUID loanId) {
        requireLoan(tenantId, loanId);
        return rateChanges.findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loanId);
    }

    private Outcome reproject(UUID tenantId, Loan loan, Adjustment adjustment) {
        requireAfterDisbursal(loan, adjustment);
        int first = Amortization.firstAffected(ledgers.terms(loan), adjustment);
        if (payments.existsByTenantIdAndLoanIdAndInstalmentNumberGreaterThanEqual(tenantId, loan.getId(), first)) {
            throw new ConflictException("Instalment " + first + " or a later one already has payments, and this "
                    + "would re-project it. Reverse those payments first, or date this after them");
        }
        List<Adjustment> adjustments = new ArrayList<>(ledgers.adjustments(tenantId, loan));
        LoanLedger before = ledgers.of(tenantId, loan, adjustments);
        adjustments.add(adjustment);
        return new Outcome(before, ledgers.of(tenantId, loan, adjustments), first);
    }

    private Loan lockActive(UUID tenantId, UUID loanId) {
        Loan loan = loans.lockByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        loan.requireActive();
        return loan;
    }

    private void requireLoan(UUID tenantId, UUID loanId) {
        loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
    }

    private static void requireAfterDisbursal(Loan loan, Adjustment adjustment) {
        if (adjustment.date().isBefore(loan.getDisbursalDate())) {
            throw new ValidationException(adjustment instanceof Adjustment.RateChange ? "effectiveFrom" : "date",
                    "must not be before the loan was disbursed (" + loan.getDisbursalDate() + ")");
        }
    }

    private void requireScale(Loan loan, String field, BigDecimal amount) {
        int minorUnits = ledgers.terms(loan).minorUnits();
        if (amount.stripTrailingZeros().scale() > minorUnits) {
            throw new ValidationException(field, loan.getCurrency() + " has " + minorUnits + " decimal places");
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
}
