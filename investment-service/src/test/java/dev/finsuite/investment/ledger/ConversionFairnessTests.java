package dev.finsuite.investment.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.investment.LedgerFixtures;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One tenant's heap of pending conversions must not hold back another's: every conversion is a call to
 * market-service and a run has a time budget, so the job takes tenants in bounded turns.
 */
class ConversionFairnessTests extends LedgerFixtures {

    @Autowired
    PendingConversions conversions;

    UUID heavy;
    UUID light;

    @AfterEach
    void cleanUp() throws Exception {
        MARKET.slowConversions(Duration.ZERO);
        execute("delete from investment_activities where tenant_id in ('" + heavy + "', '" + light + "')");
    }

    @Test
    void aTenantWithManyPendingRowsDoesNotDelayAnotherTenantsOnePendingRow() throws Exception {
        MARKET.up();
        heavy = newTenant("INR");
        light = newTenant("INR");
        int heavyRows = 600;
        pending(heavy, heavyRows);
        pending(light, 1);
        // The rate arrives; market-service answers slowly, so the run's budget covers only part of the heap.
        MARKET.rate("SEK", "INR", "95.50").slowConversions(Duration.ofMillis(50));

        int converted = conversions.runOnce(Duration.ofSeconds(20));

        assertThat(count("select count(*) from investment_activities where tenant_id = '" + light
                        + "' and base_amount = 955.00"))
                .as("the light tenant's row, in the first run")
                .isEqualTo(1);
        long heavyDone = count("select count(*) from investment_activities where tenant_id = '" + heavy
                + "' and base_amount is not null");
        assertThat(heavyDone)
                .as("the heavy tenant's rows, bounded by the run")
                .isPositive()
                .isLessThan(heavyRows);
        assertThat(converted).isGreaterThanOrEqualTo((int) heavyDone + 1);
    }

    /** {@code rows} buys in SEK, saved while there was no SEK rate (as the service saves them: pending). */
    private void pending(UUID tenant, int rows) throws Exception {
        String token = member(tenant);
        String account = account(token, "Broker", "FIFO");
        String asset = asset(token, "ERIC", "SEK");
        execute("insert into investment_activities (id, tenant_id, account_id, asset_id, activity_type, activity_date,"
                + " quantity, unit_price, currency, base_currency) select gen_random_uuid(), '" + tenant + "', '"
                + account
                + "', '" + asset + "', 'BUY', date '2020-01-01' + g % 300, 1, 10, 'SEK', 'INR'"
                + " from generate_series(1, " + rows + ") g");
    }
}
