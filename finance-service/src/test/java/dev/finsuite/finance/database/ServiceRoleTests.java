package dev.finsuite.finance.database;

import static dev.finsuite.common.testsupport.DatabaseRoleChecks.writableTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.ServiceRoleContract;
import dev.finsuite.finance.FinanceTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * finance-service logs in as finsuite_finance (V17): it changes only its own tables (and the shared idempotency
 * keys and job locks), reads the shared reference data it needs, and cannot become a role that reads more.
 * Each check runs through the service's own pool, as its queries do.
 */
class ServiceRoleTests extends FinanceTest {

    @Autowired
    DataSource dataSource;

    @TestFactory
    List<DynamicTest> theRoleEveryServiceHas() {
        return ServiceRoleContract.checks(dataSource, "finsuite_finance", "finance");
    }

    @Test
    void itWritesFinanceTablesAndTheSharedMechanicsOnly() throws SQLException {
        Set<String> writable = writableTables(dataSource);
        assertThat(writable)
                .contains("finance_entries", "finance_categories", "finance_recurring_rules", "idempotency_keys")
                .allMatch(
                        table -> table.startsWith("finance_")
                                || Set.of("idempotency_keys", "shedlock", "audit_events")
                                        .contains(table),
                        "a finance table, idempotency_keys, shedlock or the append-only audit_events");
    }
}
