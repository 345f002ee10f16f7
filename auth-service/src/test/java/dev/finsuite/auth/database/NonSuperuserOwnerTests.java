package dev.finsuite.auth.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.config.DatabaseUrl;
import dev.finsuite.common.config.RuntimeRolePassword;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A managed database often gives the application an owner that is not a superuser. The schema must migrate
 * as that owner, auth-service's own role must be able to log in after it, and sign-in's look-up must still find
 * accounts past forced row-level security.
 */
class NonSuperuserOwnerTests {

    @Test
    void migratesAndSignInLookupWorksWithAnOrdinaryOwner() throws Exception {
        DatabaseUrl server = TestInfrastructure.database();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String owner = "finsuite_owner_" + suffix;
        String database = "finsuite_nonsuper_" + suffix;
        String url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        asSuperuser(
                "create role " + owner + " login createrole password 'owner-pw'",
                "create database " + database + " owner " + owner);
        try {
            Flyway.configure()
                    .dataSource(url, owner, "owner-pw")
                    .locations("classpath:db/migration")
                    .callbacks(new RuntimeRolePassword("finsuite_auth", TestInfrastructure.TEST_RUNTIME_PASSWORD))
                    .load()
                    .migrate();

            UUID tenant = UUID.randomUUID();
            try (Connection app =
                    DriverManager.getConnection(url, "finsuite_auth", TestInfrastructure.TEST_RUNTIME_PASSWORD)) {
                assertThat(single(app, "select rolsuper from pg_roles where rolname = current_user"))
                        .isEqualTo("f");
                app.setAutoCommit(false);
                try (Statement statement = app.createStatement()) {
                    statement.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
                    statement.execute("insert into tenants (id, name, base_currency, timezone) values ('" + tenant
                            + "', 'Ordinary', 'EUR', 'UTC')");
                    statement.execute(
                            "insert into users (id, tenant_id, email, full_name, password_hash, role) values ('"
                                    + UUID.randomUUID() + "', '" + tenant
                                    + "', 'ordinary@example.com', 'O', 'hash', 'OWNER')");
                }
                app.commit();
                assertThat(single(app, "select count(*) from users"))
                        .as("no tenant setting, no rows")
                        .isEqualTo("0");
                assertThat(single(app, "select auth_email_taken('ORDINARY@example.com')"))
                        .isEqualTo("t");
                assertThat(single(app, "select tenant_id from auth_login_candidate('ordinary@example.com')"))
                        .isEqualTo(tenant.toString());
                assertThat(single(app, "select auth_email_taken('nobody@example.com')"))
                        .isEqualTo("f");
                app.rollback();
            }
        } finally {
            asSuperuser(
                    "drop database if exists " + database + " with (force)",
                    "drop owned by " + owner,
                    "drop role if exists " + owner);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void asSuperuser(String... statements) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
