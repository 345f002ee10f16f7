package dev.finsuite.finance.recurring;

import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.finance.recurring.RecurringFailures.RecurringRuleNotFound;
import dev.finsuite.finance.recurring.RecurringRuleRequests.NewRule;
import dev.finsuite.finance.recurring.RecurringRuleRequests.RulePatch;
import dev.finsuite.finance.support.FinanceQuotas;
import dev.finsuite.finance.support.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecurringRules {

    private final RecurringRuleRepository rules;
    private final RuleFields fields;
    private final Categories categories;
    private final TenantQuotas quotas;
    private final FinanceQuotas limits;

    RecurringRules(
            RecurringRuleRepository rules,
            RuleFields fields,
            Categories categories,
            TenantQuotas quotas,
            FinanceQuotas limits) {
        this.rules = rules;
        this.fields = fields;
        this.categories = categories;
        this.quotas = quotas;
        this.limits = limits;
    }

    @Transactional
    RecurringRule create(UUID tenantId, NewRule request) {
        RecurringRule.Template template = request.template(fields);
        Recurrence recurrence = request.recurrence(fields);
        categories.requireUsable(tenantId, template.categoryId(), request.type(), "categoryId");
        quotas.requireOneMore(
                tenantId, "recurringRules", limits.recurringRules(), () -> rules.countByTenantId(tenantId));
        RecurringRule rule =
                rules.save(new RecurringRule(tenantId, request.type(), template, recurrence, request.startsActive()));
        rules.flush();
        return rule;
    }

    @Transactional(readOnly = true)
    RecurringRule get(UUID tenantId, UUID id) {
        return rules.findByIdAndTenantId(id, tenantId).orElseThrow(RecurringRuleNotFound::new);
    }

    /** The dates the rule falls on from {@code from} to {@code to}, at most {@code limit}, created or not. */
    @Transactional(readOnly = true)
    List<LocalDate> occurrences(UUID tenantId, UUID id, LocalDate from, LocalDate to, int limit) {
        return get(tenantId, id).recurrence().between(from, to, limit);
    }

    @Transactional(readOnly = true)
    Page<RecurringRule> search(UUID tenantId, Kind kind, Boolean active, Pageable pageable) {
        return rules.search(tenantId, kind, active, pageable);
    }

    @Transactional
    RecurringRule update(UUID tenantId, UUID id, ExpectedVersion expected, RulePatch patch) {
        patch.refuseTypeChange();
        RecurringRule rule = rules.lock(id, tenantId).orElseThrow(RecurringRuleNotFound::new);
        expected.check(rule.getVersion());
        patch.applyTo(rule, fields);
        categories.requireUsable(tenantId, rule.template().categoryId(), rule.getKind(), "categoryId");
        RecurringRule saved = rules.save(rule);
        rules.flush();
        return saved;
    }

    /** Deletes the rule; what it already created stays, no longer linked to it. */
    @Transactional
    void delete(UUID tenantId, UUID id, ExpectedVersion expected) {
        RecurringRule rule = rules.lock(id, tenantId).orElseThrow(RecurringRuleNotFound::new);
        expected.check(rule.getVersion());
        rules.delete(rule);
    }
}
