package dev.finsuite.finance.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many of each thing one tenant may keep ({@code finsuite.quotas.*}, overridable by environment such as
 * {@code FINSUITE_QUOTAS_CATEGORIES}). The defaults are far beyond what a household uses; they exist so that one
 * tenant (or a runaway script) cannot grow the shared database and the per-tenant lists without bound. A create
 * beyond one is a 422 {@code quota_exceeded} naming it.
 *
 * @param categories the tenant's own categories (the system ones are not counted)
 * @param budgets budgets
 * @param recurringRules recurring rules, active or paused
 */
@ConfigurationProperties("finsuite.quotas")
public record FinanceQuotas(
        @DefaultValue("500") int categories,
        @DefaultValue("500") int budgets,
        @DefaultValue("1000") int recurringRules) {

    public FinanceQuotas {
        if (categories < 0 || budgets < 0 || recurringRules < 0) {
            throw new IllegalArgumentException("finsuite.quotas.* must not be negative");
        }
    }
}
