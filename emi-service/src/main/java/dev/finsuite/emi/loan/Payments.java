package dev.finsuite.emi.loan;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.emi.loan.LoanFailures.BeforeDisbursal;
import dev.finsuite.emi.loan.LoanFailures.EveryInstalmentPaid;
import dev.finsuite.emi.loan.LoanFailures.InstalmentAlreadyPaid;
import dev.finsuite.emi.loan.LoanFailures.LoanNotFound;
import dev.finsuite.emi.loan.LoanFailures.NoSuchInstalment;
import dev.finsuite.emi.loan.LoanFailures.Overpayment;
import dev.finsuite.emi.loan.LoanFailures.PaidInTheFuture;
import dev.finsuite.emi.loan.LoanFailures.PaymentNotFound;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instalment payments. Each one locks its loan first, so two concurrent payments are applied one after the
 * other against up-to-date balances and can never both count the same instalment.
 */
@Service
class Payments {

    static final String AUDIT_TYPE = "loan_payment";

    private final LoanRepository loans;
    private final PaymentRepository payments;
    private final Ledgers ledgers;
    private final AuditTrail audit;
    private final RecordedPayments recorded;
    private final Clock clock;

    Payments(
            LoanRepository loans,
            PaymentRepository payments,
            Ledgers ledgers,
            AuditTrail audit,
            RecordedPayments recorded,
            Clock clock) {
        this.loans = loans;
        this.payments = payments;
        this.ledgers = ledgers;
        this.audit = audit;
        this.recorded = recorded;
        this.clock = clock;
    }

    @Transactional
    Applied pay(UUID tenantId, UUID loanId, BigDecimal amount, LocalDate paidOn, Integer instalmentNumber) {
        Loan loan = lock(tenantId, loanId);
        loan.requireActive();
        LoanLedger ledger = ledgers.of(tenantId, loan);
        requireWithinLoan(loan, paidOn);
        Money paid = loan.money("amount", amount);
        LoanLedger.Line line = instalmentNumber == null
                ? ledger.nextDue().orElseThrow(EveryInstalmentPaid::new)
                : ledger.line(instalmentNumber)
                        .orElseThrow(() -> new NoSuchInstalment(ledger.lines().size()));
        if (line.status() == InstalmentStatus.PAID) {
            throw new InstalmentAlreadyPaid(line.instalment().number());
        }
        if (paid.isGreaterThan(line.due())) {
            throw new Overpayment(loanId, line.instalment().number(), line.due());
        }
        Payment payment = payments.save(new Payment(
                tenantId,
                loanId,
                line.instalment().number(),
                line.instalment().dueDate(),
                paid,
                paidOn,
                clock.instant()));
        LoanLedger after = ledgers.of(tenantId, loan);
        if (after.fullyRepaid()) {
            loan.close();
        }
        audit.created(AUDIT_TYPE, payment.getId(), payment.snapshot());
        recorded.instalmentPaid();
        return new Applied(payment, after.line(payment.getInstalmentNumber()).orElseThrow(), loan.getStatus());
    }

    @Transactional(readOnly = true)
    Listed list(UUID tenantId, UUID loanId) {
        Loan loan = find(tenantId, loanId);
        return new Listed(
                payments.findAllByTenantIdAndLoanIdOrderByInstalmentNumberAscCreatedAtAsc(tenantId, loanId),
                loan.currency());
    }

    /** A loan's payments and its currency, which their amounts are in. */
    record Listed(List<Payment> payments, Currency currency) {}

    @Transactional(readOnly = true)
    Listed get(UUID tenantId, UUID loanId, UUID paymentId) {
        Loan loan = find(tenantId, loanId);
        Payment payment = payments.findByIdAndTenantIdAndLoanId(paymentId, tenantId, loanId)
                .orElseThrow(PaymentNotFound::new);
        return new Listed(List.of(payment), loan.currency());
    }

    /** Takes a payment back (a bounced cheque, a mistake); a loan it had closed is open again. */
    @Transactional
    void reverse(UUID tenantId, UUID loanId, UUID paymentId) {
        Loan loan = lock(tenantId, loanId);
        Payment payment = payments.findByIdAndTenantIdAndLoanId(paymentId, tenantId, loanId)
                .orElseThrow(PaymentNotFound::new);
        payments.delete(payment);
        audit.deleted(AUDIT_TYPE, payment.getId(), payment.snapshot());
        if (loan.getStatus() == LoanStatus.CLOSED && !ledgers.of(tenantId, loan).fullyRepaid()) {
            loan.reopen();
        }
    }

    private Loan find(UUID tenantId, UUID loanId) {
        return loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(LoanNotFound::new);
    }

    private Loan lock(UUID tenantId, UUID loanId) {
        return loans.lockByIdAndTenantId(loanId, tenantId).orElseThrow(LoanNotFound::new);
    }

    private void requireWithinLoan(Loan loan, LocalDate paidOn) {
        if (paidOn.isAfter(ledgers.latestPaymentDate())) {
            throw new PaidInTheFuture();
        }
        if (paidOn.isBefore(loan.getDisbursalDate())) {
            throw new BeforeDisbursal("paidOn", loan.getDisbursalDate());
        }
    }

    /** A recorded payment, the instalment as it now stands, and the loan's status after it. */
    record Applied(Payment payment, LoanLedger.Line instalment, LoanStatus loanStatus) {}
}
