package dev.finsuite.finance.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.finance.support.FinanceQuotas;
import dev.finsuite.finance.support.Kind;

@Service
class Budgets {

    static final String AUDIT_TYPE = "budget";

    private final BudgetRepository budgets;
    private final Categories categories;
    private final BudgetStatuses statuses;
    private final AuditTrail audit;
    private final TenantQuotas quotas;
    private final FinanceQuotas limits;

    Budgets(BudgetRepository budgets, Categories categories, BudgetStatuses statuses, AuditTrail audit,
            TenantQuotas quotas, FinanceQuotas limits) {
        this.budgets = budgets;
        this.categories = categories;
        this.statuses = statuses;
        this.audit = audit;
        this.quotas = quotas;
        this.limits = limits;
    }

    @Transactional
    Budget create(UUID tenantId, Budget.Terms terms) {
        Budget.Terms named = named(tenantId, terms);
        quotas.requireOneMore(tenantId, "budgets", limits.budgets(), () -> budgets.countByTenantId(tenantId));
        Budget budget = budgets.save(new Budget(tenantId, named));
        budgets.flush();
        audit.created(AUDIT_TYPE, budget.getId(), budget.snapshot());
        return budget;
    }

    @Transactional(readOnly = true)
    Budget get(UUID tenantId, UUID id) {
        return budgets.findByIdAndTenantId(id, tenantId).orElseThrow(() -> new NotFoundException("No such budget"));
    }

    @Transactional(readOnly = true)
    Page<Budget> list(UUID tenantId, Pageable pageable) {
        return budgets.findAllByTenantId(tenantId, pageable);
    }

    @Transactional
    Budget update(UUID tenantId, UUID id, String ifMatch, UnaryOperator<Budget.Terms> change) {
        Budget budget = budgets.lock(id, tenantId).orElseThrow(() -> new NotFoundException("No such budget"));
        ETags.requireMatch(ifMatch, budget.getVersion());
        Budget.Snapshot before = budget.snapshot();
        budget.revise(named(tenantId, change.apply(budget.terms())));
        Budget saved = budgets.save(budget);
        budgets.flush();
        audit.updated(AUDIT_TYPE, saved.getId(), before, saved.snapshot());
        return saved;
    }

    @Transactional
    void delete(UUID tenantId, UUID id, String ifMatch) {
        Budget budget = budgets.lock(id, tenantId).orElseThrow(() -> new NotFoundException("No such budget"));
        ETags.requireMatch(ifMatch, budget.getVersion());
        budgets.delete(budget);
        audit.deleted(AUDIT_TYPE, budget.getId(), budget.snapshot());
    }

    BudgetStatusView status(UUID tenantId, UUID id, LocalDate date) {
        Budget budget = get(tenantId, id);
        return statuses.status(tenantId, budget.getId(), budget.terms(), date);
    }

    List<BudgetStatusView> statuses(UUID tenantId, LocalDate date) {
        List<Budget> all = budgets.findAllByTenantIdOrderByNameAscIdAsc(tenantId);
        return all.stream().filter(budget -> !budget.terms().startDate().isAfter(date))
                .map(budget -> statuses.status(tenantId, budget.getId(), budget.terms(), date)).toList();
    }

    /** Checks the category is an expense one, and names an unnamed budget after it (or "All spending"). */
    private Budget.Terms named(UUID tenantId, Budget.Terms terms) {
        String categoryName = terms.categoryId() == null ? "All spending"
                : categories.requireUsable(tenantId, terms.categoryId(), Kind.EXPENSE, "categoryId").getName();
        return terms.name() != null ? terms : new Budget.Terms(categoryName, terms.categoryId(), terms.limit(),
                terms.currency(), terms.period(), terms.startDate(), terms.rollover());
    }
}
