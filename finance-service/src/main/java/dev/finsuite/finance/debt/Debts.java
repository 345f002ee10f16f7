package dev.finsuite.finance.debt;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Money;
import dev.finsuite.finance.debt.DebtRequests.DebtPatch;
import dev.finsuite.finance.debt.DebtRequests.NewDebt;
import dev.finsuite.finance.support.Amounts;
import dev.finsuite.finance.support.Inputs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Borrowings and lendings, and the repayments or collections that settle them. */
@Service
class Debts {

    private final DebtRepository debts;
    private final DebtPaymentRepository payments;
    private final CounterpartyBalances balances;
    private final Inputs inputs;
    private final Clock clock;
    private final AuditTrail audit;

    Debts(
            DebtRepository debts,
            DebtPaymentRepository payments,
            CounterpartyBalances balances,
            Inputs inputs,
            Clock clock,
            AuditTrail audit) {
        this.debts = debts;
        this.payments = payments;
        this.balances = balances;
        this.inputs = inputs;
        this.clock = clock;
        this.audit = audit;
    }

    LocalDate today() {
        return inputs.today();
    }

    @Transactional
    Debt create(UUID tenantId, Direction direction, NewDebt request) {
        Debt debt = debts.save(new Debt(tenantId, direction, request.terms(inputs)));
        debts.flush();
        audit.created(debt.auditType(false), debt.getId(), debt.snapshot());
        return debt;
    }

    @Transactional(readOnly = true)
    Debt get(UUID tenantId, Direction direction, UUID id) {
        return debts.findByIdAndTenantIdAndDirection(id, tenantId, direction)
                .orElseThrow(() -> DebtFailures.notFound(direction));
    }

    @Transactional(readOnly = true)
    Page<Debt> search(UUID tenantId, Direction direction, DebtStatus status, String counterparty, Pageable pageable) {
        return debts.search(
                tenantId,
                direction,
                status == null ? null : status.name(),
                today(),
                counterparty == null ? null : counterparty.strip().toLowerCase(Locale.ROOT),
                pageable);
    }

    /** What is owed each way, per person and currency. */
    @Transactional(readOnly = true)
    List<CounterpartyBalances.Balance> counterparties(UUID tenantId) {
        return balances.of(tenantId, today());
    }

    @Transactional
    Debt update(UUID tenantId, Direction direction, UUID id, ExpectedVersion expected, DebtPatch patch) {
        Debt debt = lock(tenantId, direction, id);
        expected.check(debt.getVersion());
        Debt.Terms terms = patch.mergeOnto(debt.terms(), inputs);
        Debt.Snapshot before = debt.snapshot();
        debt.agree(terms);
        Debt saved = debts.save(debt);
        debts.flush();
        audit.updated(saved.auditType(false), saved.getId(), before, saved.snapshot());
        return saved;
    }

    @Transactional
    void delete(UUID tenantId, Direction direction, UUID id, ExpectedVersion expected) {
        Debt debt = lock(tenantId, direction, id);
        expected.check(debt.getVersion());
        debts.delete(debt);
        audit.deleted(debt.auditType(false), debt.getId(), debt.snapshot());
    }

    /** Records a repayment or collection; more than is outstanding is refused and changes nothing. */
    @Transactional
    Movement pay(UUID tenantId, Direction direction, UUID id, BigDecimal amount, LocalDate paidOn, String note) {
        Debt debt = lock(tenantId, direction, id);
        Money money = Amounts.in(debt.currency(), "amount", amount);
        LocalDate start = debt.terms().startDate();
        if (paidOn.isBefore(start) || paidOn.isAfter(today().plusDays(1))) {
            throw new DebtFailures.PaymentDateOutOfRange(direction, start);
        }
        Debt.Snapshot before = debt.snapshot();
        debt.receive(money);
        DebtPayment payment = payments.save(new DebtPayment(tenantId, debt, money, paidOn, note, clock.instant()));
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
                .orElseThrow(DebtFailures.PaymentNotFound::new);
    }

    /** Takes a repayment back; the debt re-opens by its amount. */
    @Transactional
    Debt reverse(UUID tenantId, Direction direction, UUID id, UUID paymentId) {
        Debt debt = lock(tenantId, direction, id);
        DebtPayment payment = payments.findByIdAndTenantIdAndDebtId(paymentId, tenantId, id)
                .orElseThrow(DebtFailures.PaymentNotFound::new);
        Debt.Snapshot before = debt.snapshot();
        debt.reverse(payment.amount(debt));
        payments.delete(payment);
        Debt saved = debts.save(debt);
        debts.flush();
        audit.deleted(saved.auditType(true), payment.getId(), payment.snapshot());
        audit.updated(saved.auditType(false), saved.getId(), before, saved.snapshot());
        return saved;
    }

    private Debt lock(UUID tenantId, Direction direction, UUID id) {
        return debts.lock(id, tenantId, direction).orElseThrow(() -> DebtFailures.notFound(direction));
    }

    record Movement(Debt debt, DebtPayment payment) {}
}
