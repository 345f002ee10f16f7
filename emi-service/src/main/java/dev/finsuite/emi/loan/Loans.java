package dev.finsuite.emi.loan;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.emi.EmiQuotas;
import dev.finsuite.emi.schedule.Amortization;

/** Loans as a whole: their terms, their ledgers, and the rule that terms freeze once money has moved. */
@Service
public class Loans {

    static final String AUDIT_TYPE = "loan";

    private final LoanRepository loans;
    private final PaymentRepository payments;
    private final Ledgers ledgers;
    private final AuditTrail audit;
    private final TenantQuotas quotas;
    private final EmiQuotas limits;

    Loans(LoanRepository loans, PaymentRepository payments, Ledgers ledgers, AuditTrail audit, TenantQuotas quotas,
            EmiQuotas limits) {
        this.loans = loans;
        this.payments = payments;
        this.ledgers = ledgers;
        this.audit = audit;
        this.quotas = quotas;
        this.limits = limits;
    }

    @Transactional
    LoanLedger create(UUID tenantId, Loan.LoanDetails details, Loan.AgreedTerms terms) {
        Loan unsaved = new Loan(tenantId, details, terms);
        Amortization.project(ledgers.terms(unsaved));
        quotas.requireOneMore(tenantId, "loans", limits.loans(), () -> loans.countByTenantId(tenantId));
        Loan loan = loans.save(unsaved);
        loans.flush();
        audit.created(AUDIT_TYPE, loan.getId(), loan.snapshot());
        return ledgers.of(tenantId, loan, List.of());
    }

    @Transactional(readOnly = true)
    public Loan get(UUID tenantId, UUID id) {
        return loans.findByIdAndTenantId(id, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
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
                .map(loan -> ledgers.of(tenantId, loan)).toList();
    }

    @Transactional
    LoanLedger update(UUID tenantId, UUID id, String ifMatch, Consumer<LoanChange> change) {
        Loan loan = loans.lockByIdAndTenantId(id, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        ETags.requireMatch(ifMatch, loan.getVersion());
        List<dev.finsuite.emi.schedule.Adjustment> adjustments = ledgers.adjustments(tenantId, loan);
        boolean moneyHasMoved = !adjustments.isEmpty() || payments.existsByTenantIdAndLoanId(tenantId, id);
        Loan.Snapshot before = loan.snapshot();
        change.accept(new LoanChange(loan, moneyHasMoved));
        LoanLedger ledger = ledgers.of(tenantId, loan, adjustments);
        loans.save(loan);
        loans.flush();
        audit.updated(AUDIT_TYPE, id, before, loan.snapshot());
        return ledger;
    }

    @Transactional
    void delete(UUID tenantId, UUID id, String ifMatch) {
        Loan loan = loans.lockByIdAndTenantId(id, tenantId).orElseThrow(() -> new NotFoundException("No such loan"));
        ETags.requireMatch(ifMatch, loan.getVersion());
        loans.delete(loan);
        audit.deleted(AUDIT_TYPE, id, loan.snapshot());
    }

    /** An update in progress: what the caller may do to the loan, given whether money has moved. */
    record LoanChange(Loan loan, boolean moneyHasMoved) {
        void revise(Loan.AgreedTerms terms) {
            loan.revise(terms, moneyHasMoved);
        }
    }
}
