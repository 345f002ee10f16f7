package dev.finsuite.emi.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.web.ApiException.ConflictException;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.UnprocessableException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.money.Currencies;

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
    private final Currencies currencies;
    private final AuditTrail audit;

    private final RecordedPayments recorded;

    Payments(LoanRepository loans, PaymentRepository payments, Ledgers ledgers, Currencies currencies,
            AuditTrail audit, RecordedPayments recorded) {
        this.audit = audit;
        this.recorded = recorded;
        this.currencies = currencies;
        this.loans = loans;
        this.payments = payments;
        this.ledgers = ledgers;
    }

    @Transactional
    Applied pay(UUID tenantId, UUID loanId, BigDecimal amount, LocalDate paidOn, Integer instalmentNumber) {
        Loan loan = lock(tenantId, loanId);
        loan.requireActive();
        LoanLedger ledger = ledgers.of(tenantId, loan);
        requireWithinLoan(loan, paidOn);
        currencies.requireFits("amount", amount, loan.getCurrency());
        LoanLedger.Line line = instalmentNumber == null
                ? ledger.nextDue().orElseThrow(() -> new ConflictException("Every instalment of this loan is paid"))
                : ledger.line(instalmentNumber).orElseThrow(() -> new ValidationException("instalmentNumber",
                        "must be between 1 and " + ledger.lines().size() + ", the instalments of this loan"));
        if (line.status() == InstalmentStatus.PAID) {
            throw new ConflictException("Instalment " + line.instalment().number() + " is already paid");
        }
        if (amount.compareTo(line.due()) > 0) {
            throw new UnprocessableException("overpayment", "Instalment " + line.instalment().number() + " needs only "
                    + line.due() + " more; pay that, and send the rest as a prepayment (POST /api/v1/emis/"
                    + loanId + "/prepayments)");
        }
        Payment payment = payments.save(new Payment(tenantId, loanId, line.instalment().number(),
                line.instalment().dueDate(), amount, paidOn));
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
        Loan loan = loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        return new Listed(payments.findAllByTenantIdAndLoanIdOrderByInstalmentNumberAscCreatedAtAsc(tenantId, loanId),
                currencies.minorUnits(loan.getCurrency()));
    }

    /** A loan's payments and the decimals of its currency, which their amounts are shown in. */
    record Listed(List<Payment> payments, int minorUnits) {
    }

    @Transactional(readOnly = true)
    Listed get(UUID tenantId, UUID loanId, UUID paymentId) {
        Loan loan = loans.findByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        Payment payment = payments.findByIdAndTenantIdAndLoanId(paymentId, tenantId, loanId)
                .orElseThrow(() -> new NotFoundException("No such payment"));
        return new Listed(List.of(payment), currencies.minorUnits(loan.getCurrency()));
    }

    /** Takes a payment back (a bounced cheque, a mistake); a loan it had closed is open again. */
    @Transactional
    void reverse(UUID tenantId, UUID loanId, UUID paymentId) {
        Loan loan = lock(tenantId, loanId);
        Payment payment = payments.findByIdAndTenantIdAndLoanId(paymentId, tenantId, loanId)
                .orElseThrow(() -> new NotFoundException("No such payment"));
        payments.delete(payment);
        audit.deleted(AUDIT_TYPE, payment.getId(), payment.snapshot());
        if (loan.getStatus() == LoanStatus.CLOSED && !ledgers.of(tenantId, loan).fullyRepaid()) {
            loan.reopen();
        }
    }

    private Loan lock(UUID tenantId, UUID loanId) {
        return loans.lockByIdAndTenantId(loanId, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
    }

    private void requireWithinLoan(Loan loan, LocalDate paidOn) {
        if (paidOn.isAfter(ledgers.latestPaymentDate())) {
            throw new ValidationException("paidOn", "must not be in the future");
        }
        if (paidOn.isBefore(loan.getDisbursalDate())) {
            throw new ValidationException("paidOn", "must not be before the loan was disbursed (" + loan.getDisbursalDate() + ")");
        }
    }

    /** A recorded payment, the instalment as it now stands, and the loan's status after it. */
    record Applied(Payment payment, LoanLedger.Line instalment, LoanStatus loanStatus) {
    }
}
