package dev.finsuite.finance.recurring;

import dev.finsuite.common.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shares one run of the recurring job fairly between tenants. It goes round the tenants with due occurrences,
 * oldest due first in each round, and each turn materialises one rule (its oldest due, at most
 * {@link RecurringLimits#perRulePerRun()} occurrences, in its own transaction); a tenant leaves the run when it
 * has nothing due left, has had every due rule visited, or has used {@link RecurringLimits#perTenantPerRun()}.
 * So a household with years of daily rules gets the same first turn as one with a single rent due today, and
 * its backlog is worked off over the following runs instead of delaying everybody in this one.
 */
@Component
public class RecurringRounds {

    private static final Logger log = LoggerFactory.getLogger(RecurringRounds.class);

    private final Materialiser materialiser;
    private final RecurringLimits limits;
    private final Clock clock;

    RecurringRounds(Materialiser materialiser, RecurringLimits limits, Clock clock) {
        this.materialiser = materialiser;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Occurrences due by {@code today} for these tenants, within the limits; no turn starts after
     * {@code deadline}. A failing tenant is logged and leaves this run; the others carry on.
     * @return occurrences created
     */
    public int run(List<UUID> tenants, LocalDate today, Instant deadline) {
        List<Turns> waiting = new ArrayList<>();
        for (UUID tenant : tenants) {
            Turns turns = new Turns(tenant, limits.perTenantPerRun());
            turns.oldestDue = guarded(tenant, () -> materialiser.oldestDue(tenant, today, turns.visited));
            if (turns.oldestDue != null) {
                waiting.add(turns);
            }
        }
        int created = 0;
        while (!waiting.isEmpty()) {
            waiting.sort(Comparator.comparing((Turns turns) -> turns.oldestDue).thenComparing(turns -> turns.tenant));
            List<Turns> again = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                if (clock.instant().isAfter(deadline)) {
                    log.warn(
                            "Recurring occurrences: the run's time is up; {} tenants continue on the next run",
                            waiting.size() - i + again.size());
                    return created;
                }
                Turns turns = waiting.get(i);
                Materialiser.Visit visit = guarded(
                        turns.tenant,
                        () -> materialiser.visitOldestDue(
                                turns.tenant, today, Math.min(limits.perRulePerRun(), turns.left), turns.visited));
                if (visit == null || visit.rule() == null) {
                    continue;
                }
                created += visit.created();
                turns.visited.add(visit.rule());
                turns.left -= visit.taken();
                turns.oldestDue = visit.nextDue();
                if (turns.left > 0 && turns.oldestDue != null) {
                    again.add(turns);
                }
            }
            waiting = again;
        }
        return created;
    }

    /** The work's answer, or null when it failed (logged: the tenant leaves this run and is retried on the next). */
    private static <T> T guarded(UUID tenant, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
            return work.get();
        } catch (RuntimeException failed) {
            log.error("Recurring occurrences for tenant {} failed; they are retried on the next run", tenant, failed);
            return null;
        }
    }

    /** One tenant's share of the run: what it may still create and the rules it has had. */
    private static final class Turns {
        final UUID tenant;
        final Set<UUID> visited = new HashSet<>();
        int left;
        LocalDate oldestDue;

        Turns(UUID tenant, int left) {
            this.tenant = tenant;
            this.left = left;
        }
    }
}
