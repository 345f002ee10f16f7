package dev.finsuite.investment.ledger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.tenant.TenantContext;

/**
 * Completes the conversions of activities saved while market-service had no rate (down, slow, or not yet published),
 * on one replica at a time, tenant by tenant under each tenant's row-level security; at most 500 rows per tenant a
 * run and within a time budget, so one tenant's backlog never holds up another's for long.
 */
@Component
public class PendingConversions {

    private static final Logger log = LoggerFactory.getLogger(PendingConversions.class);
    private static final Duration RUN_BUDGET = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Activities activities;
    private final Converter converter;

    PendingConversions(JdbcTemplate jdbc, Activities activities, Converter converter) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.converter = converter;
    }

    @Scheduled(fixedDelayString = "${finsuite.investment.conversions:10m}",
            initialDelayString = "${finsuite.jobs.initial-delay:30s}")
    @SchedulerLock(name = "investment-pending-conversions", lockAtMostFor = "10m")
    void scheduled() {
        runOnce();
    }

    /** @return how many activities were converted */
    public int runOnce() {
        long until = System.nanoTime() + RUN_BUDGET.toNanos();
        List<UUID> tenants = jdbc.queryForList("select investment_tenants_with_pending_conversions()", UUID.class);
        int converted = 0;
        for (UUID tenant : tenants) {
            if (System.nanoTime() > until) {
                break;
            }
            try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
                for (Activity pending : activities.pendingConversions(tenant)) {
                    Activity.Terms terms = pending.terms();
                    Conversion conversion = converter.toBase(tenant, terms.currency(), terms.gross(), terms.date());
                    if (!conversion.isPending()) {
                        activities.completeConversion(tenant, pending.getId(), conversion, terms.gross(),
                                terms.currency(), terms.date());
                        converted++;
                    }
                }
            } catch (RuntimeException failure) {
                log.warn("Pending conversions of tenant {} failed; retried on the next run: {}", tenant, failure.toString());
            }
        }
        if (converted > 0) {
            log.info("Converted {} pending investment activities", converted);
        }
        return converted;
    }
}
