package dev.finsuite.auth.database;

import static dev.finsuite.common.testsupport.DatabaseRoleChecks.writableTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.ServiceRoleContract;
import dev.finsuite.common.testsupport.ServiceTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * auth-service logs in as finsuite_auth (V17): the only role that reads users and so password hashes, yet it cannot
 * touch the other services' tables or the market data, read provider keys, or become a role that can.
 * Each check runs through the service's own pool, as its queries do.
 */
class ServiceRoleTests extends ServiceTest {

    /** auth-service reads users and sign-in secrets (its own); it may not read provider keys or any ledger. */
    private static final List<String> NOT_EVEN_READABLE = List.of(
            "select ciphertext from provider_keys",
            "select count(*) from finance_entries",
            "select count(*) from emi_documents",
            "select count(*) from investment_activities",
            "select count(*) from idempotency_keys");

    @Autowired
    DataSource dataSource;

    @TestFactory
    List<DynamicTest> theRoleEveryServiceHas() {
        return ServiceRoleContract.checks(dataSource, "finsuite_auth", "auth", NOT_EVEN_READABLE);
    }

    @Test
    void itWritesTenantsUsersAndSignInTablesOnly() throws SQLException {
        Set<String> writable = writableTables(dataSource);
        assertThat(writable)
                .contains("tenants", "users", "refresh_tokens", "login_attempts", "access_revocations")
                .allMatch(
                        table -> Set.of(
                                        "tenants",
                                        "users",
                                        "refresh_tokens",
                                        "login_attempts",
                                        "access_revocations",
                                        "user_two_factor",
                                        "user_recovery_codes",
                                        "password_resets",
                                        "invitations",
                                        "api_tokens",
                                        "email_verifications",
                                        "shedlock")
                                .contains(table),
                        "an auth table or shedlock");
    }
}
