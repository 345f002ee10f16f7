package dev.finsuite.finance.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.finance.FinanceTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * System categories (no tenant) are shared by every tenant, so the database itself must keep a tenant's
 * transaction from changing them, whatever the code asks: raw SQL as the services' role, inside a tenant's
 * transaction, sees them but cannot update, delete or take them over. Every transaction here is rolled back, so
 * even a database without the wall keeps its seed.
 */
class SystemCategoryRowSecurityTests extends FinanceTest {

    private static final String OTHER_EXPENSES = "00000000-0000-4000-8000-000000000117";

    @Autowired
    DataSource dataSource;

    UUID tenant;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
    }

    @Test
    void aTenantTransactionReadsSystemCategories() throws SQLException {
        try (Connection connection = appRoleConnection(tenant)) {
            assertThat(number(connection, "select count(*) from finance_categories where id = '" + GROCERIES + "'"))
                    .isOne();
            connection.rollback();
        }
    }

    @Test
    void aTenantTransactionCannotUpdateOrDeleteASystemCategory() throws SQLException {
        try (Connection connection = appRoleConnection(tenant)) {
            assertThat(update(
                            connection,
                            "update finance_categories set name = 'Mine now' where id = '" + OTHER_EXPENSES + "'"))
                    .as("rows renamed")
                    .isZero();
            assertThat(update(connection, "delete from finance_categories where id = '" + OTHER_EXPENSES + "'"))
                    .as("rows deleted")
                    .isZero();
            assertThat(update(connection, "delete from finance_categories where tenant_id is null"))
                    .as("rows deleted")
                    .isZero();
            connection.rollback();
        }
        assertThat(count("select count(*) from finance_categories where id = '" + OTHER_EXPENSES
                        + "' and name = 'Other Expenses' and tenant_id is null"))
                .isOne();
    }

    @Test
    void aTenantTransactionCannotTakeOverASystemCategory() throws SQLException {
        try (Connection connection = appRoleConnection(tenant)) {
            assertThat(update(
                            connection,
                            "update finance_categories set tenant_id = '" + tenant + "' where id = '" + OTHER_EXPENSES
                                    + "'"))
                    .as("rows taken over")
                    .isZero();
            connection.rollback();
        }
        assertThat(count("select count(*) from finance_categories where id = '" + OTHER_EXPENSES
                        + "' and tenant_id is null"))
                .isOne();
    }

    @Test
    void aTenantTransactionCannotMakeASystemCategory() throws SQLException {
        String own = UUID.randomUUID().toString();
        try (Connection connection = appRoleConnection(tenant)) {
            assertThat(update(
                            connection,
                            "insert into finance_categories (id, tenant_id, name, type) values ('" + own + "', '"
                                    + tenant + "', 'Coffee', 'EXPENSE')"))
                    .isOne();
            assertThatThrownBy(() -> update(
                            connection, "update finance_categories set tenant_id = null where id = '" + own + "'"))
                    .hasMessageContaining("row-level security");
            connection.rollback();
        }
        try (Connection connection = appRoleConnection(tenant)) {
            assertThatThrownBy(() -> update(
                            connection,
                            "insert into finance_categories (id, tenant_id, name, type) " + "values ('"
                                    + UUID.randomUUID() + "', null, 'Shared by me', 'EXPENSE')"))
                    .hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    @Test
    void aTenantStillChangesAndDeletesItsOwnCategories() throws SQLException {
        String own = UUID.randomUUID().toString();
        try (Connection connection = appRoleConnection(tenant)) {
            update(
                    connection,
                    "insert into finance_categories (id, tenant_id, name, type) values ('" + own + "', '" + tenant
                            + "', 'Coffee', 'EXPENSE')");
            assertThat(update(connection, "update finance_categories set name = 'Tea' where id = '" + own + "'"))
                    .isOne();
            assertThat(update(connection, "delete from finance_categories where id = '" + own + "'"))
                    .isOne();
            connection.rollback();
        }
    }

    /** finance-service's own pool (its role), in a transaction acting for {@code tenant}, as the tenancy filter leaves it. */
    private Connection appRoleConnection(UUID tenant) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant.toString());
            statement.execute();
        }
        return connection;
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
