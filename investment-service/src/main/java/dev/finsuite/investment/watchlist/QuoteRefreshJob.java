package dev.finsuite.investment.watchlist;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On one replica at a time (ShedLock), refreshes the quotes of every tenant's watched and held symbols and
 * evaluates its armed alerts, tenant by tenant under its own row-level security; the database says only which
 * tenants have any (through a SECURITY DEFINER function). A failing tenant is logged; the others still run.
 */
@Component
public class QuoteRefreshJob {

    private static final Logger log = LoggerFactory.getLogger(QuoteRefreshJob.class);

    private final JdbcTemplate jdbc;
    private final AlertEvaluation evaluation;

    QuoteRefreshJob(JdbcTemplate jdbc, AlertEvaluation evaluation) {
        this.jdbc = jdbc;
        this.evaluation = evaluation;
    }

    @Scheduled(
            fixedDelayString = "${finsuite.investment.quote-refresh:5m}",
            initialDelayString = "${finsuite.jobs.initial-delay:30s}")
    @SchedulerLock(name = "investment-quote-refresh", lockAtMostFor = "10m")
    void scheduled() {
        runOnce();
    }

    /** Every tenant with watched or held symbols, once. */
    public AlertEvaluation.Result runOnce() {
        List<UUID> tenants = jdbc.queryForList("select investment_tenants_with_quotes_to_refresh()", UUID.class);
        int refreshed = 0;
        int failed = 0;
        int fired = 0;
        for (UUID tenant : tenants) {
            try {
                AlertEvaluation.Result result = evaluation.evaluate(tenant);
                refreshed += result.symbolsRefreshed();
                failed += result.symbolsFailed();
                fired += result.alertsFired();
            } catch (RuntimeException failure) {
                log.error("Quote refresh for tenant {} failed; it is retried on the next run", tenant, failure);
            }
        }
        if (refreshed + failed > 0) {
            log.info(
                    "Refreshed {} quotes ({} failed) and fired {} alerts for {} tenants",
                    refreshed,
                    failed,
                    fired,
                    tenants.size());
        }
        return new AlertEvaluation.Result(refreshed, failed, fired);
    }
}
