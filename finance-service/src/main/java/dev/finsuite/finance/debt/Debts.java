package dev.finsuite.finance.debt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;

/** Borrowings and lendings, and the repayments or collections that settle them. */
@Service
class Debts {

    private final DebtRepository debts;
    private final DebtPaymentRepository payments;
    private final Currencies currencies;
    private final Clock clock;
    private final AuditTrail audit;

    Debts(DebtRepository debts, DebtPaymentRepository payments, Currencies currencies, Clock clock, AuditTrail audit) {
        this.debts = debts;
        this.payments = payments;
        this.currencies = currencies;
        this.clock = clock;
        this.audit = audit;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    Debt create(UUID tenantId, Direction direction, Debt.Terms terms) {
        Debt debt = debts.save(new Debt(tenantId, direction, terms, currencies.minorUnits(terms.currency())));
        debts.flush();
        audit.created(debt.auditType(false), debt.getId(), debt.snapshot());
        return debt;
    }

    @Transactional(readOnly = true)
    Debt get(UUID tenantId, Direction direction, UUID id) {
        return debts.findByIdAndTenantIdAndDirection(id, tenantId, direction).orElseThrow(() -> notFound(direction));
    }

    @Transactional(readOnly = true)
    Page<Debt> search(UUID tenantId, Direction direction, DebtStatus status, String counterparty, Pageable pageable) {
        return debts.search(tenantId, direction, status == null ? null : status.name(), today(),
                counterparty == null ? null : counterparty.strip().toLowerCase(java.util.Locale.ROOT), pageable);
    }

    @Transactional
    Debt update(UUID tenantId, Direction direction, UUID id, String ifMatch, UnaryOperator<Debt.Terms> change) {
        Debt debt = lock(tenantId, direction, id);
        ETags.requireMatch(ifMatch, debt.getVersion());
        Debt.Terms terms = change.apply(debt.terms());
        Debt.Snapshot before = debt.snapshot();
        debt.agree(terms, currencies.minorUnits(terms.currency()));
        Debt saved = debts.save(debt);
        debts.flush();
        audit.updated(saved.auditType(false), saved.getId(), before, saved.snapshot());
        return saved;
    }

    @Transactional
    void delete(UUID tenantId, Direction direction, UUID id, String ifMatch) {
        Debt debt = lock(tenantId, direction, id);
        ETags.requireMatch(ifMatch, debt.getVersion());
        debts.delete(debt);
        audit.deleted(debt.auditType(false), debt.getId(), debt.snapshot());
    }

    /** Records a repayment or collection; more than is outstanding is a 422 and changes nothing. */
    @Transactional
    Movement pay(UUID tenantId, Direction direction, UUID id, java.math.BigDecimal amount, LocalDate paidOn, String note) {
        Debt debt = lock(tenantId, direction, id);
        Debt.Terms terms = debt.terms();
        currencies.requireFits("amount", amount, terms.currency());
        if (paidOn.isBefore(terms.startDate()) || paidOn.isAfter(today().plusDays(1))) {
            throw new ValidationException("date", "must be between the " + (direction == Direction.BORROWED
                    ? "borrowing" : "lending") + "'s date (" + terms.startDate() + ") and today");
        }
        Debt.Snapshot before = debt.snapshot();
        debt.receive(amount);
        DebtPayment payment = payments.save(new DebtPayment(tenantId, id, amount, paidOn, note));
        Debt saved = debts.save(debt);
        debts.flush();
        audit.created(saved.auditType(true), payment.getId(), payment.snapshot());
        audit.updated(saved.auditType(false), saved.getId(), before, saved.snapshot());
        return new Movement(saved, payment);
    }

    @Transactional(readOnly = true)
    Page<DebtPayment> payments(UUID tenantId, Direction direction, UUID id, Pageable pageable) {
        get(tenantId, direction, id);
        return payments.findAllByTenantIdAndDebtId(tenantId, id, pageable);
    }

    @Transactional(readOnly = true)
    DebtPayment payment(UUID tenantId, Direction direction, UUID id, UUID paymentId) {
        get(tenantId, direction, id);
        return payments.findByIdAndTenantIdAndDebtId(paymentId, tenantId, id)
                .orElseThrow(() -> new NotFoundException("No such payment"));
    }

    /** Takes a repayment back; the debt re-opens by its amount. */
    @Transactional
    Debt reverse(UUID tenantId, Direction direction, UUID id, UUID paymentId) {
        Debt debt = lock(tenantId, direction, id);
        DebtPayment payment = payments.findByIdAndTenantIdAndDebtId(paymentId, tenantId, id)
                .orElseThrow(() -> new NotFoundException("No such payment"));
        Debt.Snapshot before = debt.snapshot();
        debt.reverse(payment.getAmount());
        payments.delete(payment);
        Debt saved = debts.save(debt);
        debts.flush();
        audit.deleted(saved.auditType(true), payment.getId(), payment.snapshot());
        audit.updated(saved.auditType(false), saved.getId(), before, saved.snapshot());
        return saved;
    }

    private Debt lock(UUID tenantId, Direction direction, UUID id) {
        return debts.lock(id, tenantId, direction).orElseThrow(() -> notFound(direction));
    }

    private static NotFoundException notFound(Direction direction) {
        return new NotFoundException(direction == Direction.BORROWED ? "No such borrowing" : "No such lending");
    }

    record Movement(Debt debt, DebtPayment payment) {
    }
}
