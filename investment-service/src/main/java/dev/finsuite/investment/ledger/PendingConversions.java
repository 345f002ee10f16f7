package dev.finsuite.investment.ledger;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.tenant.TenantContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes the conversions of activities saved while market-service had no rate (down, slow, or not yet published),
 * on one replica at a time, under each tenant's row-level security, within a time budget. Tenants take turns (as
 * finance-service's jobs do): each turn tries at most {@link #PER_TURN} of a tenant's rows, oldest first and
 * continuing where its last turn stopped, and a tenant leaves the run when it has none left or has had
 * {@link #PER_TENANT_PER_RUN} tried. Every row is a call to market-service, so a tenant with thousands of rows
 * without a rate would otherwise use the whole budget before the next tenant's one row was asked for.
 */
@Component
public class PendingConversions {

    static final int PER_TURN = 25;
    static final int PER_TENANT_PER_RUN = 500;

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

    @Scheduled(
            fixedDelayString = "${finsuite.investment.conversions:10m}",
            initialDelayString = "${finsuite.jobs.initial-delay:30s}")
    @SchedulerLock(name = "investment-pending-conversions", lockAtMostFor = "10m")
    void scheduled() {
        runOnce();
    }

    /** @return how many activities were converted */
    public int runOnce() {
        return runOnce(RUN_BUDGET);
    }

    /** As {@link #runOnce()}, with no row asked for after {@code budget} has passed. */
    public int runOnce(Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        List<Turns> waiting = new ArrayList<>();
        jdbc.queryForList("select investment_tenants_with_pending_conversions()", UUID.class)
                .forEach(tenant -> waiting.add(new Turns(tenant)));
        int converted = 0;
        while (!waiting.isEmpty()) {
            List<Turns> again = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                if (System.nanoTime() > until) {
                    log.warn(
                            "Pending investment conversions: the run's time is up; {} tenants continue on the next run",
                            waiting.size() - i + again.size());
                    return report(converted);
                }
                Turns turns = waiting.get(i);
                try (TenantContext.Scope ignored = TenantContext.enter(turns.tenant)) {
                    converted += turn(turns, until);
                    if (turns.more && turns.left > 0) {
                        again.add(turns);
                    }
                } catch (RuntimeException failure) {
                    log.warn(
                            "Pending conversions of tenant {} failed; retried on the next run: {}",
                            turns.tenant,
                            failure.toString());
                }
            }
            waiting.clear();
            waiting.addAll(again);
        }
        return report(converted);
    }

    /** One turn of a tenant's rows; records where it stopped and whether any may be left. */
    private int turn(Turns turns, long until) {
        int asked = Math.min(PER_TURN, turns.left);
        List<Activity> pending = activities.pendingConversions(turns.tenant, turns.afterDate, turns.afterId, asked);
        int converted = 0;
        int tried = 0;
        for (Activity row : pending) {
            if (System.nanoTime() > until) {
                break;
            }
            Activity.Terms terms = row.terms();
            Money gross = terms.gross();
            Conversion conversion = converter.toBase(turns.tenant, gross.currencyCode(), gross.amount(), terms.date());
            if (!conversion.isPending()) {
                activities.completeConversion(turns.tenant, row.getId(), conversion, gross, terms.date());
                converted++;
            }
            tried++;
            turns.afterDate = row.getActivityDate();
            turns.afterId = row.getId();
        }
        turns.left -= tried;
        turns.more = pending.size() == asked && tried == asked;
        return converted;
    }

    private static int report(int converted) {
        if (converted > 0) {
            log.info("Converted {} pending investment activities", converted);
        }
        return converted;
    }

    /** One tenant's share of the run: what it may still try and where it stopped. */
    private static final class Turns {
        final UUID tenant;
        int left = PER_TENANT_PER_RUN;
        LocalDate afterDate;
        UUID afterId;
        boolean more;

        Turns(UUID tenant) {
            this.tenant = tenant;
        }
    }
}
