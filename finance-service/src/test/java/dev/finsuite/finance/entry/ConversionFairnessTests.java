package dev.finsuite.finance.entry;

import dev.finsuite.common.testsupport.ConversionFairness;
import dev.finsuite.finance.FinanceTest;
import dev.finsuite.finance.jobs.FinanceJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finance's conversion job takes households in bounded turns (see {@link ConversionFairness}). */
class ConversionFairnessTests extends FinanceTest implements ConversionFairness.PendingRows {

    @Autowired
    FinanceJobs jobs;

    @Autowired
    Clock clock;

    @Test
    void aHouseholdWithManyPendingRowsDoesNotDelayAnotherHouseholdsOnePendingRow() throws Exception {
        ConversionFairness.check(MARKET, this);
    }

    @Override
    public String currency() {
        return "CHF";
    }

    /** Expenses spread over 300 days, inserted pending as a save without a rate leaves them. */
    @Override
    public void add(UUID tenant, int rows) throws Exception {
        execute("insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id,"
                + " base_currency) select gen_random_uuid(), '" + tenant + "', 'EXPENSE', 10, 'CHF',"
                + " date '2020-01-01' + g % 300, '" + GROCERIES + "', 'INR' from generate_series(1, " + rows + ") g");
    }

    @Override
    public int convertWithin(Duration budget) {
        return jobs.runFor(LocalDate.now(clock), budget).conversionsCompleted();
    }

    @Override
    public long convertedTo(UUID tenant, String baseAmount) throws Exception {
        return count("select count(*) from finance_entries where tenant_id = '" + tenant + "' and base_amount = "
                + baseAmount + " and fx_rate = 95.50");
    }

    @Override
    public void remove(UUID tenant) throws Exception {
        execute("delete from finance_entries where tenant_id = '" + tenant + "'");
    }
}
