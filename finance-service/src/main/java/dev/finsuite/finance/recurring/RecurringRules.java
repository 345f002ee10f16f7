package dev.finsuite.finance.recurring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.finance.support.FinanceQuotas;
import dev.finsuite.finance.support.Kind;

@Service
class RecurringRules {

    private final RecurringRuleRepository rules;
    private final Categories categories;
    private final Clock clock;
    private final TenantQuotas quotas;
    private final FinanceQuotas limits;

    RecurringRules(RecurringRuleRepository rules, Categories categories, Clock clock, TenantQuotas quotas,
            FinanceQuotas limits) {
        this.rules = rules;
        this.categories = categories;
        this.clock = clock;
        this.quotas = quotas;
        this.limits = limits;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    RecurringRule create(UUID tenantId, Kind kind, RecurringRule.Template template, Recurrence recurrence, boolean active) {
        categories.requireUsable(tenantId, template.categoryId(), kind, "categoryId");
        quotas.requireOneMore(tenantId, "recurringRules", limits.recurringRules(), () -> rules.countByTenantId(tenantId));
        RecurringRule rule = rules.save(new RecurringRule(tenantId, kind, template, recurrence, active));
        rules.flush();
        return rule;
    }

    @Transactional(readOnly = true)
    RecurringRule get(UUID tenantId, UUID id) {
        return rules.findByIdAndTenantId(id, tenantId).orElseThrow(() -> new NotFoundException("No such recurring rule"));
    }

    @Transactional(readOnly = true)
    Page<RecurringRule> search(UUID tenantId, Kind kind, Boolean active, Pageable pageable) {
        return rules.search(tenantId, kind, active, pageable);
    }

    @Transactional
    RecurringRule update(UUID tenantId, UUID id, String ifMatch, Consumer<RecurringRule> change) {
        RecurringRule rule = rules.lock(id, tenantId).orElseThrow(() -> new NotFoundException("No such recurring rule"));
        ETags.requireMatch(ifMatch, rule.getVersion());
        change.accept(rule);
        categories.requireUsable(tenantId, rule.template().categoryId(), rule.getKind(), "categoryId");
        RecurringRule saved = rules.save(rule);
        rules.flush();
        return saved;
    }

    /** Deletes the rule; what it already created stays, no longer linked to it. */
    @Transactional
    void delete(UUID tenantId, UUID id, String ifMatch) {
        RecurringRule rule = rules.lock(id, tenantId).orElseThrow(() -> new NotFoundException("No such recurring rule"));
        ETags.requireMatch(ifMatch, rule.getVersion());
        rules.delete(rule);
    }
}
