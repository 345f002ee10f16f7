package dev.finsuite.investment.ledger;

import dev.finsuite.common.testsupport.ConversionFairness;
import dev.finsuite.investment.LedgerFixtures;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Investment's conversion job takes households in bounded turns (see {@link ConversionFairness}). */
class ConversionFairnessTests extends LedgerFixtures implements ConversionFairness.PendingRows {

    @Autowired
    PendingConversions conversions;

    @Test
    void aHouseholdWithManyPendingRowsDoesNotDelayAnotherHouseholdsOnePendingRow() throws Exception {
        ConversionFairness.check(MARKET, this);
    }

    @Override
    public String currency() {
        return "SEK";
    }

    /** Buys in SEK, saved while there was no SEK rate (as the service saves them: pending). */
    @Override
    public void add(UUID tenant, int rows) throws Exception {
        String token = member(tenant);
        String account = account(token, "Broker", "FIFO");
        String asset = asset(token, "ERIC", "SEK");
        execute("insert into investment_activities (id, tenant_id, account_id, asset_id, activity_type, activity_date,"
                + " quantity, unit_price, currency, base_currency) select gen_random_uuid(), '" + tenant + "', '"
                + account
                + "', '" + asset + "', 'BUY', date '2020-01-01' + g % 300, 1, 10, 'SEK', 'INR'"
                + " from generate_series(1, " + rows + ") g");
    }

    @Override
    public int convertWithin(Duration budget) {
        return conversions.runOnce(budget);
    }

    @Override
    public long convertedTo(UUID tenant, String baseAmount) throws Exception {
        return count("select count(*) from investment_activities where tenant_id = '" + tenant + "' and base_amount = "
                + baseAmount);
    }

    @Override
    public void remove(UUID tenant) throws Exception {
        execute("delete from investment_activities where tenant_id = '" + tenant + "'");
    }
}
