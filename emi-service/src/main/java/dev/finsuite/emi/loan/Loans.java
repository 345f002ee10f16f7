package dev.finsuite.emi.loan;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.emi.EmiQuotas;
import dev.finsuite.emi.loan.LoanFailures.LoanNotFound;
import dev.finsuite.emi.loan.LoanRequests.LoanPatch;
import dev.finsuite.emi.loan.LoanRequests.NewLoan;
import dev.finsuite.emi.schedule.Adjustment;
import dev.finsuite.emi.schedule.Amortization;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loans as a whole: their terms, their ledgers, and the rule that terms freeze once money has moved. Changes take
 * the caller's precondition on the version (an HTTP If-Match, say), checked under the row lock.
 */
@Service
public class Loans {

    static final String AUDIT_TYPE = "loan";

    private final LoanRepository loans;
    private final PaymentRepository payments;
    private final Ledgers ledgers;
    private final AuditTrail audit;
    private final TenantQuotas quotas;
    private final EmiQuotas limits;
    private final Currencies currencies;
    private final Metadata metadata;

    Loans(
            LoanRepository loans,
            PaymentRepository payments,
            Ledgers ledgers,
            AuditTrail audit,
            TenantQuotas quotas,
            EmiQuotas limits,
            Currencies currencies,
            Metadata metadata) {
        this.loans = loans;
        this.payments = payments;
        this.ledgers = ledgers;
        this.audit = audit;
        this.quotas = quotas;
        this.limits = limits;
        this.currencies = currencies;
        this.metadata = metadata;
    }

    @Transactional
    LoanLedger create(UUID tenantId, NewLoan request) {
        Loan unsaved = new Loan(tenantId, request.details(metadata), request.terms(currencies));
        Amortization.project(unsaved.terms());
        quotas.requireOneMore(tenantId, "loans", limits.loans(), () -> loans.countByTenantId(tenantId));
        Loan loan = loans.save(unsaved);
        loans.flush();
        audit.created(AUDIT_TYPE, loan.getId(), loan.snapshot());
        return ledgers.of(tenantId, loan, List.of());
    }

    @Transactional(readOnly = true)
    public Loan get(UUID tenantId, UUID id) {
        return loans.findByIdAndTenantId(id, tenantId).orElseThrow(LoanNotFound::new);
    }

    @Transactional(readOnly = true)
    LoanLedger ledger(UUID tenantId, UUID id) {
        return ledgers.of(tenantId, get(tenantId, id));
    }

    @Transactional(readOnly = true)
    Page<LoanLedger> search(UUID tenantId, LoanStatus status, LoanType type, Pageable pageable) {
        return loans.search(tenantId, status, type, pageable).map(loan -> ledgers.of(tenantId, loan));
    }

    /** Every active loan's ledger, for the summary across loans. */
    @Transactional(readOnly = true)
    public List<LoanLedger> activeLedgers(UUID tenantId) {
        return loans.findAllByTenantIdAndStatus(tenantId, LoanStatus.ACTIVE).stream()
                .map(loan -> ledgers.of(tenantId, loan))
                .toList();
    }

    /** Applies {@code patch}; the terms may change only while no money has moved. */
    @Transactional
    LoanLedger update(UUID tenantId, UUID id, ExpectedVersion expected, LoanPatch patch) {
        Loan loan = lock(tenantId, id);
        expected.check(loan.getVersion());
        List<Adjustment> adjustments = ledgers.adjustments(tenantId, loan);
        boolean moneyHasMoved = !adjustments.isEmpty() || payments.existsByTenantIdAndLoanId(tenantId, id);
        Loan.Snapshot before = loan.snapshot();
        loan.revise(patch.mergedOnto(loan.agreedTerms(), currencies), moneyHasMoved);
        loan.describe(patch.mergedOnto(loan.details(), metadata));
        if (patch.status() != null) {
            loan.changeStatus(patch.status());
        }
        LoanLedger ledger = ledgers.of(tenantId, loan, adjustments);
        loans.save(loan);
        loans.flush();
        audit.updated(AUDIT_TYPE, id, before, loan.snapshot());
        return ledger;
    }

    @Transactional
    void delete(UUID tenantId, UUID id, ExpectedVersion expected) {
        Loan loan = lock(tenantId, id);
        expected.check(loan.getVersion());
        loans.delete(loan);
        audit.deleted(AUDIT_TYPE, id, loan.snapshot());
    }

    private Loan lock(UUID tenantId, UUID id) {
        return loans.lockByIdAndTenantId(id, tenantId).orElseThrow(LoanNotFound::new);
    }
}
