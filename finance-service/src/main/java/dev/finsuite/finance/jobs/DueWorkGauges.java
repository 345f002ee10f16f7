package dev.finsuite.finance.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the job still has to do, for the whole suite (never per tenant), as gauges every replica reports alike:
 * <ul>
 * <li>{@code finsuite_conversions_pending}: expenses and income still waiting for a base-currency rate;</li>
 * <li>{@code finsuite_conversions_pending_oldest_age_seconds}: how long the oldest of them has waited;</li>
 * <li>{@code finsuite_recurring_lag_seconds}: how far behind the oldest due, not yet created occurrence is (0 when
 * the job is up to date).</li>
 * </ul>
 * Read from the database (one aggregate query, {@code finance_due_work_stats}) at most every 15 s, however often
 * Prometheus scrapes. A failed read keeps the last figures and is logged, never fails the scrape.
 */
@Component
class DueWorkGauges {

    private static final Logger log = LoggerFactory.getLogger(DueWorkGauges.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Stats last = new Stats(0, null, null);
    private Instant readAt = Instant.MIN;

    DueWorkGauges(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder(
                        "finsuite.conversions.pending",
                        this,
                        gauges -> gauges.stats().pending())
                .description("Expenses and income whose base-currency amount is still pending")
                .register(meters);
        Gauge.builder("finsuite.conversions.pending.oldest.age", this, gauges -> gauges.ageOfOldestPending())
                .description("How long the oldest pending conversion has waited")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("finsuite.recurring.lag", this, gauges -> gauges.recurringLag())
                .description("How far behind the recurring-rule job is: age of the oldest due occurrence not created")
                .baseUnit("seconds")
                .register(meters);
    }

    private long ageOfOldestPending() {
        Instant since = stats().oldestPendingSince();
        return since == null
                ? 0
                : Math.max(0, Duration.between(since, clock.instant()).toSeconds());
    }

    private long recurringLag() {
        LocalDate due = stats().oldestDue();
        return due == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(due.atStartOfDay().toInstant(ZoneOffset.UTC), clock.instant())
                                .toSeconds());
    }

    private synchronized Stats stats() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            try {
                last = jdbc.queryForObject(
                        "select * from finance_due_work_stats(?)",
                        (rs, row) -> {
                            Timestamp since = rs.getTimestamp("oldest_pending_since");
                            Date due = rs.getDate("oldest_due_date");
                            return new Stats(
                                    rs.getLong("pending_conversions"),
                                    since == null ? null : since.toInstant(),
                                    due == null ? null : due.toLocalDate());
                        },
                        LocalDate.now(clock));
            } catch (DataAccessException failed) {
                log.warn(
                        "Could not read the due-work figures for the metrics; keeping the last ones: {}",
                        failed.toString());
            }
            readAt = now;
        }
        return last;
    }

    private record Stats(long pending, Instant oldestPendingSince, LocalDate oldestDue) {}
}
