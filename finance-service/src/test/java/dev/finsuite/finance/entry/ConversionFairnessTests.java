package dev.finsuite.finance.entry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.finance.FinanceTest;
import dev.finsuite.finance.jobs.FinanceJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One household's heap of pending conversions must not hold back another's: every conversion is a call to
 * market-service, and a run has a time budget, so the job takes tenants in bounded turns instead of one after
 * the other.
 */
class ConversionFairnessTests extends FinanceTest {

    @Autowired
    FinanceJobs jobs;

    @Autowired
    Clock clock;

    UUID heavy;
    UUID light;

    @AfterEach
    void cleanUp() throws Exception {
        MARKET.slowConversions(Duration.ZERO);
        execute("delete from finance_entries where tenant_id in ('" + heavy + "', '" + light + "')");
    }

    @Test
    void aTenantWithManyPendingRowsDoesNotDelayAnotherTenantsOnePendingRow() throws Exception {
        MARKET.up();
        heavy = newTenant("INR");
        light = newTenant("INR");
        int heavyRows = 600;
        execute(
                "insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, base_currency)"
                        + " select gen_random_uuid(), '" + heavy
                        + "', 'EXPENSE', 10, 'CHF', date '2020-01-01' + g % 300, '"
                        + GROCERIES + "', 'INR' from generate_series(1, " + heavyRows + ") g");
        execute(
                "insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, base_currency)"
                        + " values (gen_random_uuid(), '" + light + "', 'EXPENSE', 20, 'CHF', date '2026-03-01', '"
                        + GROCERIES
                        + "', 'INR')");
        // The rate arrives; market-service answers slowly, so the run's budget covers only part of the heap.
        MARKET.rate("CHF", "INR", "95.50").slowConversions(Duration.ofMillis(50));

        FinanceJobs.Work work = jobs.runFor(LocalDate.now(clock), Duration.ofSeconds(20));

        assertThat(count("select count(*) from finance_entries where tenant_id = '" + light
                        + "' and base_amount = 1910.00 and fx_rate = 95.50"))
                .as("the light tenant's row, in the first run")
                .isEqualTo(1);
        long heavyDone = count(
                "select count(*) from finance_entries where tenant_id = '" + heavy + "' and base_amount is not null");
        assertThat(heavyDone)
                .as("the heavy tenant's rows, bounded by the run")
                .isPositive()
                .isLessThan(heavyRows);
        assertThat(work.conversionsCompleted()).isGreaterThanOrEqualTo((int) heavyDone + 1);
    }
}
