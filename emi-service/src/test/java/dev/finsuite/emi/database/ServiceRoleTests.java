package dev.finsuite.emi.database;

import static dev.finsuite.common.testsupport.DatabaseRoleChecks.writableTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.ServiceRoleContract;
import dev.finsuite.emi.EmiTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * emi-service logs in as finsuite_emi (V17): it changes only the loans' tables (and the shared idempotency keys),
 * reads currencies, and cannot become a role that reads more.
 * Each check runs through the service's own pool, as its queries do.
 */
class ServiceRoleTests extends EmiTest {

    @Autowired
    DataSource dataSource;

    @TestFactory
    List<DynamicTest> theRoleEveryServiceHas() {
        return ServiceRoleContract.checks(dataSource, "finsuite_emi", "emi");
    }

    @Test
    void itWritesLoanTablesAndIdempotencyKeysOnly() throws SQLException {
        Set<String> writable = writableTables(dataSource);
        assertThat(writable)
                .contains(
                        "emi_loans",
                        "emi_payments",
                        "emi_prepayments",
                        "emi_rate_changes",
                        "emi_documents",
                        "idempotency_keys")
                .allMatch(
                        table -> table.startsWith("emi_")
                                || Set.of("idempotency_keys", "audit_events").contains(table),
                        "a loan table, idempotency_keys or the append-only audit_events");
    }
}
