package dev.finsuite.investment.database;

import static dev.finsuite.common.testsupport.DatabaseRoleChecks.writableTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.ServiceRoleContract;
import dev.finsuite.investment.InvestmentTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * investment-service logs in as finsuite_investment (V17): it changes only its ledger and watchlist tables (and the
 * shared idempotency keys and job locks), reads the shared reference data it needs, and cannot become a role that
 * reads more.
 * Each check runs through the service's own pool, as its queries do.
 */
class ServiceRoleTests extends InvestmentTest {

    @Autowired
    DataSource dataSource;

    @TestFactory
    List<DynamicTest> theRoleEveryServiceHas() {
        return ServiceRoleContract.checks(dataSource, "finsuite_investment", "investment");
    }

    @Test
    void itWritesInvestmentTablesAndTheSharedMechanicsOnly() throws SQLException {
        Set<String> writable = writableTables(dataSource);
        assertThat(writable)
                .contains("investment_activities", "investment_assets", "investment_price_alerts", "idempotency_keys")
                .allMatch(
                        table -> table.startsWith("investment_")
                                || Set.of("idempotency_keys", "shedlock", "audit_events")
                                        .contains(table),
                        "an investment table, idempotency_keys, shedlock or the append-only audit_events");
    }
}
