package dev.finsuite.common.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

/**
 * One household's heap of pending conversions must not hold back another's: every conversion is a call to
 * market-service and a run has a time budget, so a service's conversion job takes tenants in bounded turns instead
 * of one after the other. A service with such a job checks it over its own rows.
 */
public final class ConversionFairness {

    /** A service's rows that wait for a rate, and its job that converts them. */
    public interface PendingRows {

        /** The currency the rows are in, one market-service has no rate for until the check gives one. */
        String currency();

        /** {@code rows} rows of 10 in {@link #currency()}, saved pending as the service saves them. */
        void add(UUID tenant, int rows) throws Exception;

        /** One run of the service's conversion job within {@code budget}; the number of rows it converted. */
        int convertWithin(Duration budget);

        /** The tenant's rows converted to {@code baseAmount} in the household's base currency. */
        long convertedTo(UUID tenant, String baseAmount) throws Exception;

        void remove(UUID tenant) throws Exception;
    }

    private ConversionFairness() {}

    /** Two INR households, 600 pending rows and one: the one is converted in the first, budget-bound run. */
    public static void check(FakeMarket market, PendingRows pending) throws Exception {
        market.up();
        UUID heavy = OwnerSql.newTenant("INR");
        UUID light = OwnerSql.newTenant("INR");
        try {
            int heavyRows = 600;
            pending.add(heavy, heavyRows);
            pending.add(light, 1);
            // The rate arrives; market-service answers slowly, so the run's budget covers only part of the heap.
            market.rate(pending.currency(), "INR", "95.50").slowConversions(Duration.ofMillis(50));

            int converted = pending.convertWithin(Duration.ofSeconds(20));

            assertThat(pending.convertedTo(light, "955.00"))
                    .as("the light household's row, in the first run")
                    .isEqualTo(1);
            long heavyDone = pending.convertedTo(heavy, "955.00");
            assertThat(heavyDone)
                    .as("the heavy household's rows, bounded by the run")
                    .isPositive()
                    .isLessThan(heavyRows);
            assertThat(converted).isGreaterThanOrEqualTo((int) heavyDone + 1);
        } finally {
            market.slowConversions(Duration.ZERO);
            pending.remove(heavy);
            pending.remove(light);
        }
    }
}
