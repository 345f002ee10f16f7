package dev.finsuite.finance.jobs;

import dev.finsuite.finance.entry.ConversionRounds;
import dev.finsuite.finance.recurring.RecurringRounds;
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

/**
 * One job, on one replica at a time (ShedLock): create the recurring occurrences that are due, shared fairly
 * between tenants and bounded per rule and per tenant ({@link RecurringRounds}), then complete the conversions
 * still pending (those occurrences in other currencies among them), also in bounded turns per tenant
 * ({@link ConversionRounds}). Each tenant's work runs under
 * its own row-level security; the database is asked only which tenants have work.
 */
@Component
public class FinanceJobs {

    private static final Logger log = LoggerFactory.getLogger(FinanceJobs.class);
    private static final Duration RUN_BUDGET = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final RecurringRounds recurring;
    private final ConversionRounds conversions;
    private final Clock clock;

    FinanceJobs(JdbcTemplate jdbc, RecurringRounds recurring, ConversionRounds conversions, Clock clock) {
        this.jdbc = jdbc;
        this.recurring = recurring;
        this.conversions = conversions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${finsuite.jobs.interval:1m}",
            initialDelayString = "${finsuite.jobs.initial-delay:20s}")
    @SchedulerLock(name = "finance-due-work", lockAtMostFor = "10m")
    void scheduled() {
        runFor(LocalDate.now(clock));
    }

    /** What is due by {@code today}, within the run's bounds; a failing tenant is logged and the others still run. */
    public Work runFor(LocalDate today) {
        // Well inside the 10-minute lock: whatever is left runs next time.
        return runFor(today, RUN_BUDGET);
    }

    /** As {@link #runFor(LocalDate)}, with no work started after {@code budget} has passed. */
    public Work runFor(LocalDate today, Duration budget) {
        Instant deadline = clock.instant().plus(budget);
        List<UUID> tenants = jdbc.queryForList("select finance_tenants_with_due_work(?)", UUID.class, today);
        int created = recurring.run(tenants, today, deadline);
        int converted = conversions.run(tenants, deadline);
        if (created + converted > 0) {
            log.info(
                    "Created {} recurring occurrences and completed {} conversions for {} tenants",
                    created,
                    converted,
                    tenants.size());
        }
        return new Work(created, converted);
    }

    public record Work(int occurrencesCreated, int conversionsCompleted) {}
}
