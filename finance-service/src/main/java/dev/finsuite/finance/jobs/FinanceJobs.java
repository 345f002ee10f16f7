package dev.finsuite.finance.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.finance.entry.PendingConversions;
import dev.finsuite.finance.recurring.RecurringRounds;

/**
 * One job, on one replica at a time (ShedLock): create the recurring occurrences that are due, shared fairly
 * between tenants and bounded per rule and per tenant ({@link RecurringRounds}), then complete the conversions
 * still pending (those occurrences in other currencies among them) tenant by tenant. Each tenant's work runs under
 * its own row-level security; the database is asked only which tenants have work.
 */
@Component
public class FinanceJobs {

    private static final Logger log = LoggerFactory.getLogger(FinanceJobs.class);
    private static final int CONVERSIONS_PER_TENANT = 500;
    private static final Duration RUN_BUDGET = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final RecurringRounds recurring;
    private final PendingConversions conversions;
    private final Clock clock;

    FinanceJobs(JdbcTemplate jdbc, RecurringRounds recurring, PendingConversions conversions, Clock clock) {
        this.jdbc = jdbc;
        this.recurring = recurring;
        this.conversions = conversions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${finsuite.jobs.interval:1m}", initialDelayString = "${finsuite.jobs.initial-delay:20s}")
    @SchedulerLock(name = "finance-due-work", lockAtMostFor = "10m")
    void scheduled() {
        runFor(LocalDate.now(clock));
    }

    /** What is due by {@code today}, within the run's bounds; a failing tenant is logged and the others still run. */
    public Work runFor(LocalDate today) {
        // Well inside the 10-minute lock: whatever is left runs next time.
        Instant deadline = clock.instant().plus(RUN_BUDGET);
        List<UUID> tenants = jdbc.queryForList("select finance_tenants_with_due_work(?)", UUID.class, today);
        int created = recurring.run(tenants, today, deadline);
        int converted = 0;
        for (UUID tenant : tenants) {
            try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
                converted += conversions.complete(tenant, CONVERSIONS_PER_TENANT, deadline);
            } catch (RuntimeException failed) {
                log.error("Pending conversions for tenant {} failed; they are retried on the next run", tenant, failed);
            }
        }
        if (created + converted > 0) {
            log.info("Created {} recurring occurrences and completed {} conversions for {} tenants", created,
                    converted, tenants.size());
        }
        return new Work(created, converted);
    }

    public record Work(int occurrencesCreated, int conversionsCompleted) {
    }
}
