package dev.finsuite.finance.budget;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.finance.budget.BudgetFailures.BudgetNotFound;
import dev.finsuite.finance.budget.BudgetRequests.BudgetPatch;
import dev.finsuite.finance.budget.BudgetRequests.NewBudget;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.finance.support.FinanceQuotas;
import dev.finsuite.finance.support.Inputs;
import dev.finsuite.finance.support.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Budgets {

    static final String AUDIT_TYPE = "budget";

    private final BudgetRepository budgets;
    private final Inputs inputs;
    private final Categories categories;
    private final BudgetStatuses statuses;
    private final AuditTrail audit;
    private final TenantQuotas quotas;
    private final FinanceQuotas limits;

    Budgets(
            BudgetRepository budgets,
            Inputs inputs,
            Categories categories,
            BudgetStatuses statuses,
            AuditTrail audit,
            TenantQuotas quotas,
            FinanceQuotas limits) {
        this.budgets = budgets;
        this.inputs = inputs;
        this.categories = categories;
        this.statuses = statuses;
        this.audit = audit;
        this.quotas = quotas;
        this.limits = limits;
    }

    @Transactional
    Budget create(UUID tenantId, NewBudget request) {
        Budget.Terms named = named(tenantId, request.terms(inputs));
        quotas.requireOneMore(tenantId, "budgets", limits.budgets(), () -> budgets.countByTenantId(tenantId));
        Budget budget = budgets.save(new Budget(tenantId, named));
        budgets.flush();
        audit.created(AUDIT_TYPE, budget.getId(), budget.snapshot());
        return budget;
    }

    @Transactional(readOnly = true)
    Budget get(UUID tenantId, UUID id) {
        return budgets.findByIdAndTenantId(id, tenantId).orElseThrow(BudgetNotFound::new);
    }

    @Transactional(readOnly = true)
    Page<Budget> list(UUID tenantId, Pageable pageable) {
        return budgets.findAllByTenantId(tenantId, pageable);
    }

    @Transactional
    Budget update(UUID tenantId, UUID id, ExpectedVersion expected, BudgetPatch patch) {
        Budget budget = budgets.lock(id, tenantId).orElseThrow(BudgetNotFound::new);
        expected.check(budget.getVersion());
        Budget.Snapshot before = budget.snapshot();
        budget.revise(named(tenantId, patch.mergeOnto(budget.terms(), inputs)));
        Budget saved = budgets.save(budget);
        budgets.flush();
        audit.updated(AUDIT_TYPE, saved.getId(), before, saved.snapshot());
        return saved;
    }

    @Transactional
    void delete(UUID tenantId, UUID id, ExpectedVersion expected) {
        Budget budget = budgets.lock(id, tenantId).orElseThrow(BudgetNotFound::new);
        expected.check(budget.getVersion());
        budgets.delete(budget);
        audit.deleted(AUDIT_TYPE, budget.getId(), budget.snapshot());
    }

    /** The budget's status in the period containing {@code date} (null: today). */
    BudgetStatusView status(UUID tenantId, UUID id, LocalDate date) {
        LocalDate on = statusDate(date);
        Budget budget = get(tenantId, id);
        return statuses.status(tenantId, budget.getId(), budget.terms(), on);
    }

    /** Every budget's status on {@code date} (null: today), leaving out those that start after it. */
    List<BudgetStatusView> statuses(UUID tenantId, LocalDate date) {
        LocalDate on = statusDate(date);
        List<Budget> all = budgets.findAllByTenantIdOrderByNameAscIdAsc(tenantId);
        return all.stream()
                .filter(budget -> !budget.terms().startDate().isAfter(on))
                .map(budget -> statuses.status(tenantId, budget.getId(), budget.terms(), on))
                .toList();
    }

    /** Today by default; at most a hundred years ahead, which keeps the periods to count from the start bounded. */
    private LocalDate statusDate(LocalDate date) {
        LocalDate today = inputs.today();
        if (date != null && date.isAfter(today.plusYears(100))) {
            throw new BudgetFailures.StatusTooFarAhead();
        }
        return date == null ? today : date;
    }

    /** Checks the category is an expense one, and names an unnamed budget after it (or "All spending"). */
    private Budget.Terms named(UUID tenantId, Budget.Terms terms) {
        String categoryName = terms.categoryId() == null
                ? "All spending"
                : categories
                        .requireUsable(tenantId, terms.categoryId(), Kind.EXPENSE, "categoryId")
                        .getName();
        return terms.named(categoryName);
    }
}
