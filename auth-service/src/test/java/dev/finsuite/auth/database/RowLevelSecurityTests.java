package dev.finsuite.auth.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second wall between tenants: PostgreSQL itself. Raw SQL, as the role the services query with and with
 * tenant A's transaction setting, must not see, insert or move tenant B's rows, whatever the code asks.
 */
class RowLevelSecurityTests extends ServiceTest {

    @Autowired
    DataSource applicationDataSource;

    @Test
    void servicesQueryAsARoleThatRowLevelSecurityBinds() throws SQLException {
        try (Connection connection = applicationDataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select current_user, r.rolsuper, r.rolbypassrls,
                               (select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user)
                        from pg_roles r where r.rolname = current_user""")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("finsuite_auth");
            assertThat(row.getBoolean(2)).as("superuser").isFalse();
            assertThat(row.getBoolean(3)).as("bypassrls").isFalse();
            assertThat(row.getInt(4)).as("tables owned").isZero();
        }
    }

    @Test
    void withTenantASettingNoneOfBsRowsAreVisible() throws SQLException {
        Account a = Accounts.register(api());
        Account b = Accounts.register(api());
        try (Connection connection = appRoleConnection()) {
            actAs(connection, a.tenantId());
            assertThat(ids(connection, "select tenant_id from users")).containsOnly(a.tenantId());
            assertThat(ids(connection, "select id from tenants")).containsExactly(a.tenantId());
            assertThat(ids(connection, "select tenant_id from refresh_tokens")).containsOnly(a.tenantId());
            assertThat(count(connection, "select count(*) from users where id = '" + b.userId() + "'"))
                    .isZero();
            connection.rollback();
        }
    }

    @Test
    void withTenantASettingNothingCanBeWrittenIntoB() throws SQLException {
        Account a = Accounts.register(api());
        Account b = Accounts.register(api());
        try (Connection connection = appRoleConnection()) {
            actAs(connection, a.tenantId());
            assertThatThrownBy(() -> {
                        try (PreparedStatement insert = connection.prepareStatement("""
                        insert into users (id, tenant_id, email, full_name, password_hash, role)
                        values (?, ?, ?, 'Intruder', 'x', 'OWNER')""")) {
                            insert.setObject(1, UUID.randomUUID());
                            insert.setObject(2, b.tenantId());
                            insert.setString(3, Accounts.uniqueEmail("intruder"));
                            insert.executeUpdate();
                        }
                    })
                    .hasMessageContaining("row-level security");
            connection.rollback();

            actAs(connection, a.tenantId());
            assertThatThrownBy(() -> {
                        try (PreparedStatement move =
                                connection.prepareStatement("update users set tenant_id = ? where id = ?")) {
                            move.setObject(1, b.tenantId());
                            move.setObject(2, a.userId());
                            move.executeUpdate();
                        }
                    })
                    .hasMessageContaining("row-level security");
            connection.rollback();

            actAs(connection, a.tenantId());
            try (PreparedStatement update =
                    connection.prepareStatement("update users set full_name = 'Hacked' where id = ?")) {
                update.setObject(1, b.userId());
                assertThat(update.executeUpdate()).isZero();
            }
            connection.rollback();
        }
    }

    @Test
    void theTenantSettingEndsWithItsTransaction() throws SQLException {
        Account a = Accounts.register(api());
        try (Connection connection = appRoleConnection()) {
            actAs(connection, a.tenantId());
            assertThat(count(connection, "select count(*) from users")).isPositive();
            connection.commit();

            assertThat(count(connection, "select count(*) from users")).isZero();
            assertThat(count(connection, "select count(*) from tenants")).isZero();
            connection.rollback();
        }
    }

    @Test
    void everyTableWithATenantIdHasRowLevelSecurityEnabledAndForced() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                               (select count(*) from pg_policy p where p.polrelid = c.oid)
                        from information_schema.columns col
                        join pg_class c on c.relname = col.table_name
                        join pg_namespace n on n.oid = c.relnamespace and n.nspname = col.table_schema
                        where col.column_name = 'tenant_id' and col.table_schema = current_schema()
                          and c.relkind = 'r'""")) {
            while (rows.next()) {
                String table = rows.getString(1);
                tables.add(table);
                assertThat(rows.getBoolean(2)).as(table + " has RLS enabled").isTrue();
                assertThat(rows.getBoolean(3)).as(table + " has RLS forced").isTrue();
                assertThat(rows.getInt(4)).as(table + " has a policy").isPositive();
            }
        }
        assertThat(tables).contains("users", "refresh_tokens");
    }

    /** auth-service's own pool, logged in as its role. */
    private Connection appRoleConnection() throws SQLException {
        Connection connection = applicationDataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void actAs(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant.toString());
            statement.execute();
        }
    }

    private static List<UUID> ids(Connection connection, String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
