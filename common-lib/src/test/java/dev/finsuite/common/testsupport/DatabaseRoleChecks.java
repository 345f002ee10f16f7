package dev.finsuite.common.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a service's own pool can and cannot do in PostgreSQL (migration V17): each service logs in as a role of its
 * own, and these checks run through the service's DataSource, exactly as its queries do.
 */
public final class DatabaseRoleChecks {

    /** Roles a service's connection must not be able to become: the owner, sign-in's look-up, the other services. */
    public static final List<String> FORBIDDEN_ROLES = List.of("finsuite_lookup", "finsuite_app", "finsuite_pruner",
            "finsuite_export_jobs", "finsuite_finance_jobs", "finsuite_investment_jobs", "finsuite_auth",
            "finsuite_finance", "finsuite_emi", "finsuite_investment", "finsuite_market", "finsuite_export_reader");

    private DatabaseRoleChecks() {
    }

    /** The pool's session is the role itself (not the owner switched to it), no superuser, no BYPASSRLS, owning nothing. */
    public static void assertLogsInAs(DataSource pool, String role) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select session_user, current_user, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
                               (select count(*) from pg_class c where c.relowner = r.oid)
                        from pg_roles r where r.rolname = current_user""")) {
            row.next();
            assertThat(row.getString(1)).as("the user the pool logs in as").isEqualTo(role);
            assertThat(row.getString(2)).isEqualTo(role);
            assertThat(row.getBoolean(3)).as("superuser").isFalse();
            assertThat(row.getBoolean(4)).as("bypasses row-level security").isFalse();
            assertThat(row.getBoolean(5)).as("creates roles").isFalse();
            assertThat(row.getBoolean(6)).as("creates databases").isFalse();
            assertThat(row.getInt(7)).as("relations owned").isZero();
        }
    }

    /**
     * RESET ROLE leaves the connection what it was; SET ROLE to the owner, sign-in's look-up (which reads password
     * hashes) or any other service's role is refused.
     */
    public static void assertCannotBecomeAnotherRole(DataSource pool, String role) throws SQLException {
        String owner = TestInfrastructure.database().username();
        try (Connection connection = pool.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("reset role");
                assertThat(single(connection, "select current_user")).as("after RESET ROLE").isEqualTo(role);
                statement.execute("set session authorization default");
                assertThat(single(connection, "select current_user")).as("after SET SESSION AUTHORIZATION DEFAULT")
                        .isEqualTo(role);
            }
            List<String> others = new java.util.ArrayList<>(FORBIDDEN_ROLES);
            others.remove(role);
            if (owner != null) {
                others.add(owner);
            }
            for (String other : others) {
                assertThatThrownBy(() -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set role " + other);
                    }
                }).as("SET ROLE " + other).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set session authorization " + other);
                    }
                }).as("SET SESSION AUTHORIZATION " + other).hasMessageContaining("permission denied");
            }
            assertThat(single(connection, "select current_user")).isEqualTo(role);
        }
    }

    /** Each statement, in its own transaction acting for {@code tenant}, is refused for want of a privilege. */
    public static void assertRefused(DataSource pool, UUID tenant, String... statements) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    try (PreparedStatement setting = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                        setting.setString(1, tenant.toString());
                        setting.execute();
                    }
                    assertThatThrownBy(() -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute(sql);
                        }
                    }).as(sql).hasMessageContaining("permission denied");
                    connection.rollback();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** The tables (and views) the pool's role may INSERT, UPDATE, DELETE or TRUNCATE in any way. */
    public static Set<String> writableTables(DataSource pool) throws SQLException {
        return tables(pool, "INSERT,UPDATE,DELETE,TRUNCATE");
    }

    private static Set<String> tables(DataSource pool, String privileges) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select c.relname from pg_class c
                        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v')
                          and has_table_privilege(c.oid, ?)""")) {
            statement.setString(1, privileges);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
