package dev.finsuite.auth.database;

import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.finsuite.common.testsupport.ServiceTest;

import static dev.finsuite.common.testsupport.DatabaseRoleChecks.assertCannotBecomeAnotherRole;
import static dev.finsuite.common.testsupport.DatabaseRoleChecks.assertLogsInAs;
import static dev.finsuite.common.testsupport.DatabaseRoleChecks.assertRefused;
import static dev.finsuite.common.testsupport.DatabaseRoleChecks.writableTables;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * auth-service logs in as finsuite_auth (V17): the only role that reads users and so password hashes, yet it cannot
 * touch the other services' tables or the market data, read provider keys, or become a role that can.
 * Each check runs through the service's own pool, as its queries do.
 */
class ServiceRoleTests extends ServiceTest {

    @Autowired
    DataSource dataSource;
    final UUID tenant = UUID.randomUUID();

    @Test
    void thePoolLogsInAsAuthServicesOwnRoleNotAsTheOwner() throws SQLException {
        assertLogsInAs(dataSource, "finsuite_auth");
    }

    @Test
    void resetRoleOrSetRoleGainsNothing() throws SQLException {
        assertCannotBecomeAnotherRole(dataSource, "finsuite_auth");
    }

    @Test
    void providerKeysAndTheOtherServicesDataAreNotEvenReadable() throws SQLException {
        assertRefused(dataSource, tenant, "select ciphertext from provider_keys", "select count(*) from finance_entries",
                "select count(*) from emi_documents", "select count(*) from investment_activities",
                "select count(*) from idempotency_keys");
    }

    @Test
    void otherServicesTablesAndTheGlobalMarketDataCannotBeWritten() throws SQLException {
        assertRefused(dataSource, tenant,
                "update finance_entries set amount = 1",
                "delete from finance_categories",
                "insert into emi_loans (id, tenant_id, name, loan_type, principal, currency, annual_rate, tenure_months,"
                        + " disbursal_date, first_emi_date, status) values (gen_random_uuid(), '" + tenant + "', 'X', 'HOME', 1,"
                        + " 'INR', 1, 1, current_date, current_date, 'ACTIVE')",
                "delete from emi_payments",
                "update investment_activities set quantity = 0",
                "delete from investment_watchlist_items",
                "delete from export_jobs",
                "delete from provider_keys",
                "update manual_prices set price = 1",
                "insert into exchange_rates (base, quote, rate, rate_date, source)"
                        + " values ('USD', 'INR', 1, current_date, 'forged')",
                "update currencies set minor_units = 0",
                "delete from asset_quotes",
                "update quote_closes set close = 1",
                "delete from quote_history_coverage");
    }

    @Test
    void itWritesTenantsUsersAndSignInTablesOnly() throws SQLException {
        Set<String> writable = writableTables(dataSource);
        assertThat(writable).contains("tenants", "users", "refresh_tokens", "login_attempts")
                .allMatch(table -> Set.of("tenants", "users", "refresh_tokens", "login_attempts", "shedlock").contains(table), "an auth table or shedlock");
    }
}
