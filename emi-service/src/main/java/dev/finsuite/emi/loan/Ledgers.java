package dev.finsuite.emi.loan;

import dev.finsuite.emi.schedule.Adjustment;
import dev.finsuite.emi.schedule.Amortization;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds a loan's ledger from what is stored: its terms, its history of adjustments and its payments. */
@Component
class Ledgers {

    private final PaymentRepository payments;
    private final PrepaymentRepository prepayments;
    private final RateChangeRepository rateChanges;
    private final Clock clock;

    Ledgers(
            PaymentRepository payments,
            PrepaymentRepository prepayments,
            RateChangeRepository rateChanges,
            Clock clock) {
        this.payments = payments;
        this.prepayments = prepayments;
        this.rateChanges = rateChanges;
        this.clock = clock;
    }

    LoanLedger of(UUID tenantId, Loan loan) {
        return of(tenantId, loan, adjustments(tenantId, loan));
    }

    LoanLedger of(UUID tenantId, Loan loan, List<Adjustment> adjustments) {
        return of(loan, adjustments, payments(tenantId, loan));
    }

    /** The loan as it stands, and as it would stand with {@code added}, from one read of its history. */
    Reprojected withAndWithout(UUID tenantId, Loan loan, Adjustment added) {
        List<Adjustment> adjustments = adjustments(tenantId, loan);
        List<Payment> paid = payments(tenantId, loan);
        LoanLedger before = of(loan, adjustments, paid);
        adjustments.add(added);
        return new Reprojected(before, of(loan, adjustments, paid));
    }

    private LoanLedger of(Loan loan, List<Adjustment> adjustments, List<Payment> paid) {
        return new LoanLedger(loan, Amortization.project(loan.terms(), adjustments), paid, today());
    }

    private List<Payment> payments(UUID tenantId, Loan loan) {
        return payments.findAllByTenantIdAndLoanIdOrderByInstalmentNumberAscCreatedAtAsc(tenantId, loan.getId());
    }

    record Reprojected(LoanLedger before, LoanLedger after) {}

    /** Prepayments and rate changes in the order they were recorded; the projection orders them by date. */
    List<Adjustment> adjustments(UUID tenantId, Loan loan) {
        record Recorded(java.time.Instant at, Adjustment adjustment) {}
        List<Recorded> recorded = new ArrayList<>();
        prepayments
                .findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loan.getId())
                .forEach(p -> recorded.add(new Recorded(p.getCreatedAt(), p.adjustment())));
        rateChanges
                .findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(tenantId, loan.getId())
                .forEach(c -> recorded.add(new Recorded(c.getCreatedAt(), c.adjustment())));
        recorded.sort(Comparator.comparing(Recorded::at));
        return new ArrayList<>(recorded.stream().map(Recorded::adjustment).toList());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The latest date a payment may carry. The server's clock is UTC; a borrower east of it (India, Australia)
     * is already on tomorrow's date for part of the day, so "not in the future" allows one day more.
     */
    LocalDate latestPaymentDate() {
        return today().plusDays(1);
    }
}
