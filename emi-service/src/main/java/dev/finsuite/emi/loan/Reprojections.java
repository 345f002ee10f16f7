package dev.finsuite.emi.loan;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.money.Currency;
import dev.finsuite.emi.loan.LoanFailures.BeforeDisbursal;
import dev.finsuite.emi.loan.LoanFailures.LoanNotFound;
import dev.finsuite.emi.loan.LoanFailures.PaidInstalmentsWouldChange;
import dev.finsuite.emi.loan.LoanFailures.PrepaidInTheFuture;
import dev.finsuite.emi.loan.LoanFailures.PrepaymentNotFound;
import dev.finsuite.emi.loan.LoanFailures.RateChangeNotFound;
import dev.finsuite.emi.schedule.Adjustment;
import dev.finsuite.emi.schedule.Amortization;
import dev.finsuite.emi.schedule.Schedule;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final AuditTrail audit;
    private final RecordedPayments recorded;
    private final Clock clock;

    Reprojections(
            LoanRepository loans,
            PaymentRepository payments,
            PrepaymentRepository prepayments,
            RateChangeRepository rateChanges,
            Ledgers ledgers,
            AuditTrail audit,
            RecordedPayments recorded,
            Clock clock) {
        this.recorded = recorded;
        this.clock = clock;
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
            throw new PrepaidInTheFuture();
        }
        loan.money("amount", prepayment.amount());
        Outcome outcome = reproject(tenantId, loan, prepayment);
        PrepaymentRecord saved = prepayments.save(new PrepaymentRecord(tenantId, loanId, prepayment, clock.instant()));
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
        RateChangeRecord saved = rateChanges.save(new RateChangeRecord(tenantId, loanId, change, clock.instant()));
        audit.created("loan_rate_change", saved.getId(), saved.snapshot());
        return new Recorded<>(saved, outcome, loan.getStatus());
    }

    /** The same re-projection as a prepayment, for any date, saving nothing. */
    @Transactional(readOnly = true)
    Outcome whatIf(UUID tenantId, UUID loanId, Adjustment.Prepayment prepayment) {
        Loan loan = find(tenantId, loanId);
        loan.money("prepaymentAmount", prepayment.amount());
        return reproject(tenantId, loan, prepayment);
    }

    /** The loan's prepayments, oldest first, with the currency their amounts are in. */
    @Transactional(readOnly = true)
    History<PrepaymentRecord> prepayments(UUID tenantId, UUID loanId) {
        Loan loan = find(tenantId, loanId);
        return new History<>(
                prepayments.findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loanId), loan.currency());
    }

    @Transactional(readOnly = true)
    History<PrepaymentRecord> prepayment(UUID tenantId, UUID loanId, UUID prepaymentId) {
        History<PrepaymentRecord> all = prepayments(tenantId, loanId);
        PrepaymentRecord found = all.records().stream()
                .filter(p -> p.getId().equals(prepaymentId))
                .findFirst()
                .orElseThrow(PrepaymentNotFound::new);
        return new History<>(List.of(found), all.currency());
    }

    @Transactional(readOnly = true)
    List<RateChangeRecord> rateChanges(UUID tenantId, UUID loanId) {
        find(tenantId, loanId);
        return rateChanges.findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loanId);
    }

    @Transactional(readOnly = true)
    RateChangeRecord rateChange(UUID tenantId, UUID loanId, UUID rateChangeId) {
        return rateChanges(tenantId, loanId).stream()
                .filter(c -> c.getId().equals(rateChangeId))
                .findFirst()
                .orElseThrow(RateChangeNotFound::new);
    }

    private Outcome reproject(UUID tenantId, Loan loan, Adjustment adjustment) {
        requireAfterDisbursal(loan, adjustment);
        int first = Amortization.firstAffected(loan.terms(), adjustment);
        if (payments.existsByTenantIdAndLoanIdAndInstalmentNumberGreaterThanEqual(tenantId, loan.getId(), first)) {
            throw new PaidInstalmentsWouldChange(first);
        }
        Ledgers.Reprojected reprojected = ledgers.withAndWithout(tenantId, loan, adjustment);
        return new Outcome(reprojected.before(), reprojected.after(), first);
    }

    private Loan lockActive(UUID tenantId, UUID loanId) {
        Loan loan = loans.lockByIdAndTenantId(loanId, tenantId).orElseThrow(LoanNotFound::new);
        loan.requireActive();
        return loan;
    }

    private Loan find(UUID tenantId, UUID loanId) {
        return loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(LoanNotFound::new);
    }

    private static void requireAfterDisbursal(Loan loan, Adjustment adjustment) {
        if (adjustment.date().isBefore(loan.getDisbursalDate())) {
            throw new BeforeDisbursal(
                    adjustment instanceof Adjustment.RateChange ? "effectiveFrom" : "date", loan.getDisbursalDate());
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
            return firstAffected <= schedule.length()
                    ? schedule.instalments().get(firstAffected - 1).amount()
                    : BigDecimal.ZERO;
        }
    }

    record Recorded<T>(T record, Outcome outcome, LoanStatus loanStatus) {}

    /** A loan's history of one kind of adjustment, and the loan's currency. */
    record History<T>(List<T> records, Currency currency) {}
}
