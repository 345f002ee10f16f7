package dev.finsuite.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.OperationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An operator sets DATABASE_RUNTIME_PASSWORD and the service's role gets it after migrating; an owner that may not
 * change the role leaves the migration's transaction usable (the start goes on, and the pool's login decides).
 */
class RuntimeRolePasswordTests {

    String role;

    @BeforeEach
    void aRole() throws SQLException {
        role = "finsuite_pwtest_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        owner("create role " + role + " login");
    }

    @AfterEach
    void dropIt() throws SQLException {
        owner("drop role if exists " + role);
    }

    @Test
    void afterMigratingTheRoleHasThePasswordStoredOnlyAsAScramHash() throws SQLException {
        RuntimeRolePassword callback = new RuntimeRolePassword(role, "s3cret'; drop table x; --");
        try (Connection connection = TestInfrastructure.ownerConnection()) {
            assertThat(callback.supports(Event.AFTER_MIGRATE, context(connection)))
                    .isTrue();
            callback.handle(Event.AFTER_MIGRATE, context(connection));
        }
        assertThat(storedPassword()).startsWith("SCRAM-SHA-256$").doesNotContain("s3cret");
    }

    @Test
    void withoutAPasswordNothingIsChanged() throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection()) {
            assertThat(new RuntimeRolePassword(role, "").supports(Event.AFTER_MIGRATE, context(connection)))
                    .isFalse();
            assertThat(new RuntimeRolePassword(role, null).supports(Event.AFTER_MIGRATE, context(connection)))
                    .isFalse();
            assertThat(new RuntimeRolePassword(role, "x").supports(Event.BEFORE_MIGRATE, context(connection)))
                    .isFalse();
        }
        assertThat(storedPassword()).isNull();
    }

    @Test
    void anOwnerThatMayNotChangeTheRoleLeavesItsTransactionUsable() throws SQLException {
        String powerless = role + "_p";
        owner("create role " + powerless);
        try (Connection connection = TestInfrastructure.ownerConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local role " + powerless);
            }
            new RuntimeRolePassword(role, "pw").handle(Event.AFTER_MIGRATE, context(connection));
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select 1")) {
                assertThat(row.next()).isTrue();
            }
            connection.rollback();
        } finally {
            owner("drop role if exists " + powerless);
        }
        assertThat(storedPassword()).isNull();
    }

    private String storedPassword() throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select rolpassword from pg_authid where rolname = ?")) {
            statement.setString(1, role);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void owner(String sql) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }

            @Override
            public MigrationInfo getMigrationInfo() {
                return null;
            }

            @Override
            public org.flywaydb.core.api.callback.Statement getStatement() {
                return null;
            }

            @Override
            public OperationResult getOperationResult() {
                return null;
            }
        };
    }
}
