package dev.finsuite.finance.recurring;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the recurring job does for one rule and one tenant in a run ({@code finsuite.recurring.*}), and how
 * far back a new rule may start. A normal household has a handful of occurrences due on a day, far below both
 * bounds; only a backlog (a rule starting years ago, or an outage) meets them, and it is worked off over the
 * following runs while every other tenant's due occurrences are still created in the first.
 *
 * @param perRulePerRun occurrences of one rule created in one run
 * @param perTenantPerRun occurrences of all of one tenant's rules created in one run
 * @param maxBackfill how long before today a rule may start: its past occurrences are back-filled
 */
@ConfigurationProperties("finsuite.recurring")
public record RecurringLimits(
        @DefaultValue("100") int perRulePerRun,
        @DefaultValue("500") int perTenantPerRun,
        @DefaultValue("10y") Period maxBackfill) {

    public RecurringLimits {
        if (perRulePerRun < 1 || perTenantPerRun < 1) {
            throw new IllegalArgumentException(
                    "finsuite.recurring.per-rule-per-run and per-tenant-per-run must be at least 1");
        }
        if (maxBackfill.isNegative()) {
            throw new IllegalArgumentException("finsuite.recurring.max-backfill must not be negative");
        }
    }
}
