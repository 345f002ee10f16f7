package dev.finsuite.export.read;

import static dev.finsuite.common.testsupport.DatabaseRoleChecks.assertCannotBecomeAnotherRole;
import static dev.finsuite.common.testsupport.DatabaseRoleChecks.assertLogsInAs;
import static dev.finsuite.common.testsupport.DatabaseRoleChecks.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.export.ExportTest;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * export-service cannot change another service's data: its pool logs in as finsuite_export_reader (V17), which
 * may only SELECT those tables and cannot become a role that may do more (only the restorer, for a restore). Proven on the service's own pool and transaction manager, in a read-write
 * transaction (so it is the role, not a read-only flag, that refuses), and through the read path itself.
 */
class ReadOnlyRoleTests extends ExportTest {

    @Autowired
    TenantReads reads;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    UUID tenant;
    UUID other;

    @BeforeEach
    void seed() throws SQLException {
        tenant = newTenant();
        other = newTenant();
        dev.finsuite.export.Household.seed(tenant);
        dev.finsuite.export.Household.seed(other);
    }

    @Test
    void thePoolLogsInAsTheExportReaderNotAsTheOwner() throws SQLException {
        assertLogsInAs(dataSource, "finsuite_export_reader");
    }

    @Test
    void resetRoleOrSetRoleOfAnyRoleThatReadsOrWritesMoreIsRefused() throws SQLException {
        assertCannotBecomeAnotherRole(dataSource, "finsuite_export_reader");
    }

    @Test
    void evenAsTheRestorerPasswordHashesAndSecretsAreNotReadable() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        for (String read : List.of(
                "select count(password_hash) from users",
                "select count(token_hash) from refresh_tokens",
                "select count(ciphertext) from provider_keys",
                "select count(*) from login_attempts")) {
            assertThatThrownBy(() -> TenantContext.callAs(
                            tenant,
                            () -> readWrite.execute(status -> {
                                jdbc.execute("set local role finsuite_restorer");
                                return jdbc.queryForObject(read, Long.class);
                            })))
                    .as(read)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theGlobalMarketDataTenantsAndUsersCannotBeWritten() throws SQLException {
        assertRefused(
                dataSource,
                tenant,
                "insert into exchange_rates (base, quote, rate, rate_date, source) values ('USD', 'INR', 1, current_date, 'forged')",
                "update currencies set minor_units = 0",
                "delete from asset_quotes",
                "update quote_closes set close = 1",
                "delete from quote_history_coverage",
                "delete from login_attempts",
                "update tenants set base_currency = 'XXX'",
                "update users set password_hash = 'forged'");
    }

    @Test
    void theReadPathActsAsTheExportReaderRoleWhichRowLevelSecurityBinds() {
        String role = reads.withinTenant(tenant, jdbc -> jdbc.queryForObject("select current_user", String.class));
        assertThat(role).isEqualTo("finsuite_export_reader");
        Boolean bypass = reads.withinTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class));
        assertThat(bypass).isFalse();
    }

    @Test
    void insertUpdateAndDeleteOnOtherServicesTablesAreRefusedByTheRole() {
        List<String> writes = List.of(
                ("insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, base_currency)"
                                + " values (gen_random_uuid(), '%s', 'EXPENSE', 1, 'INR', current_date,"
                                + " '00000000-0000-4000-8000-000000000102', 'INR')")
                        .formatted(tenant),
                "update finance_entries set amount = 1",
                "delete from finance_entries",
                ("insert into emi_loans (id, tenant_id, name, loan_type, principal, currency, annual_rate, tenure_months,"
                                + " disbursal_date, first_emi_date, status) values (gen_random_uuid(), '%s', 'X', 'HOME', 1, 'INR', 1, 1,"
                                + " current_date, current_date, 'ACTIVE')")
                        .formatted(tenant),
                "update emi_loans set name = 'X'",
                "delete from emi_loans",
                "update investment_activities set quantity = 0",
                "delete from investment_activities",
                ("insert into investment_watchlist_items (id, tenant_id, symbol, data_source)"
                                + " values (gen_random_uuid(), '%s', 'X', 'STOOQ')")
                        .formatted(tenant),
                "update finance_categories set name = 'X'",
                "delete from finance_budgets");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        for (String write : writes) {
            assertThatThrownBy(
                            () -> TenantContext.callAs(tenant, () -> readWrite.execute(status -> jdbc.update(write))))
                    .as(write)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> reads.withinTenant(tenant, operations -> operations.update(write)))
                    .as(write)
                    .isInstanceOf(DataAccessException.class);
        }
    }

    @Test
    void secretsOfOtherServicesAreNotEvenReadable() {
        for (String table : List.of("users", "refresh_tokens", "provider_keys")) {
            assertThatThrownBy(() -> reads.withinTenant(
                            tenant, jdbc -> jdbc.queryForObject("select count(*) from " + table, Long.class)))
                    .as(table)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void ofTheIdempotencyKeysItSeesOnlyThoseOfItsOwnEndpoints() throws java.sql.SQLException {
        sql(
                "insert into idempotency_keys (tenant_id, scope, idem_key, request_hash, body) values (?, 'POST /api/v1/emis/{id}/payments',"
                        + " 'k', 'h', '{\"amount\": \"100.00\"}')",
                tenant);
        sql(
                "insert into idempotency_keys (tenant_id, scope, idem_key, request_hash, body) values (?, 'POST /api/v1/exports/expenses/jobs',"
                        + " 'k', 'h', '{}')",
                tenant);
        List<String> visible = reads.withinTenant(
                tenant, operations -> operations.queryForList("select scope from idempotency_keys", String.class));
        assertThat(visible).containsExactly("POST /api/v1/exports/expenses/jobs");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> TenantContext.callAs(
                        tenant,
                        () -> readWrite.execute(status -> jdbc.update(
                                "insert into idempotency_keys (tenant_id, scope, idem_key, request_hash) values (?, 'POST /api/v1/expenses', 'x', 'h')",
                                tenant))))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void itWritesItsOwnJobsTableForItsTenantOnly() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        int inserted = TenantContext.callAs(
                tenant,
                () -> readWrite.execute(status -> jdbc.update(
                        "insert into export_jobs (id, tenant_id, entity, format, status) values (gen_random_uuid(), ?, 'expenses', 'csv', 'QUEUED')",
                        tenant)));
        assertThat(inserted).isEqualTo(1);
        assertThatThrownBy(() -> TenantContext.callAs(
                        tenant,
                        () -> readWrite.execute(status -> jdbc.update(
                                "insert into export_jobs (id, tenant_id, entity, format, status) values (gen_random_uuid(), ?, 'expenses', 'csv', 'QUEUED')",
                                other))))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void aReadSeesOnlyTheCallersTenantsRowsWhateverTheQuerySays() {
        long everything = reads.withinTenant(
                tenant, jdbc -> jdbc.queryForObject("select count(*) from finance_entries", Long.class));
        long others = reads.withinTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from finance_entries where tenant_id = ?", Long.class, other));
        long distinctTenants = reads.withinTenant(
                tenant,
                jdbc -> jdbc.queryForObject("select count(distinct tenant_id) from investment_activities", Long.class));
        assertThat(everything).isEqualTo(2);
        assertThat(others).isZero();
        assertThat(distinctTenants).isEqualTo(1);
    }

    @Test
    void theRestorerRoleOnlyInsertsForTheTransactionsTenantAndNeverUpdatesOrDeletes() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        String insert =
                "insert into investment_watchlist_items (id, tenant_id, symbol, data_source) values (gen_random_uuid(), ?, 'ZZ.US', 'STOOQ')";
        int inserted = TenantContext.callAs(
                tenant,
                () -> readWrite.execute(status -> {
                    jdbc.execute("set local role finsuite_restorer");
                    int n = jdbc.update(insert, tenant);
                    status.setRollbackOnly();
                    return n;
                }));
        assertThat(inserted).isEqualTo(1);
        assertThatThrownBy(() -> TenantContext.callAs(
                        tenant,
                        () -> readWrite.execute(status -> {
                            jdbc.execute("set local role finsuite_restorer");
                            return jdbc.update(insert, other);
                        })))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        for (String write : List.of(
                "update finance_entries set amount = 1",
                "delete from finance_entries",
                "update emi_loans set name = 'X'",
                "delete from emi_documents",
                "update investment_activities set quantity = 0",
                "delete from investment_watchlist_items",
                "update manual_prices set price = 1",
                "delete from tenant_exchange_rates",
                "truncate finance_budgets",
                "delete from tenants",
                "insert into users (id) values (gen_random_uuid())")) {
            assertThatThrownBy(() -> TenantContext.callAs(
                            tenant,
                            () -> readWrite.execute(status -> {
                                jdbc.execute("set local role finsuite_restorer");
                                return jdbc.update(write);
                            })))
                    .as(write)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
        // SET LOCAL: the role ends with the restore's transaction; the pool's connections act as the reader again
        String role = reads.withinTenant(
                tenant, operations -> operations.queryForObject("select current_user", String.class));
        assertThat(role).isEqualTo("finsuite_export_reader");
    }

    @Test
    void theReaderStillCannotWriteTheTablesBackupsReadOrTheSchemaHistory() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        for (String write : List.of(
                "delete from emi_documents",
                "update manual_prices set price = 1",
                "delete from tenant_exchange_rates",
                "delete from flyway_schema_history",
                "select * from flyway_schema_history")) {
            assertThatThrownBy(
                            () -> TenantContext.callAs(tenant, () -> readWrite.execute(status -> jdbc.update(write))))
                    .as(write)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }
}
