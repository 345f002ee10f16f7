package dev.finsuite.common.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What a service's own pool can and cannot do in PostgreSQL (migration V17): each service logs in as a role of its
 * own, and these checks run through the service's DataSource, exactly as its queries do.
 */
public final class DatabaseRoleChecks {

    /** Roles a service's connection must not be able to become: the owner, sign-in's look-up, the other services. */
    public static final List<String> FORBIDDEN_ROLES = List.of(
            "finsuite_lookup",
            "finsuite_app",
            "finsuite_pruner",
            "finsuite_export_jobs",
            "finsuite_finance_jobs",
            "finsuite_investment_jobs",
            "finsuite_auth",
            "finsuite_finance",
            "finsuite_emi",
            "finsuite_investment",
            "finsuite_market",
            "finsuite_export_reader");

    private DatabaseRoleChecks() {}

    /** The pool's session is the role itself (not the owner switched to it), no superuser, no BYPASSRLS, owning nothing. */
    public static void assertLogsInAs(DataSource pool, String role) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
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
                assertThat(single(connection, "select current_user"))
                        .as("after RESET ROLE")
                        .isEqualTo(role);
                statement.execute("set session authorization default");
                assertThat(single(connection, "select current_user"))
                        .as("after SET SESSION AUTHORIZATION DEFAULT")
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
                        })
                        .as("SET ROLE " + other)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> {
                            try (Statement statement = connection.createStatement()) {
                                statement.execute("set session authorization " + other);
                            }
                        })
                        .as("SET SESSION AUTHORIZATION " + other)
                        .hasMessageContaining("permission denied");
            }
            assertThat(single(connection, "select current_user")).isEqualTo(role);
        }
    }

    /**
     * A write into the tables of each owner ({@code auth}, {@code finance}, {@code emi}, {@code investment},
     * {@code market}, {@code export}, and {@code migrations} for the reference data no service changes), one
     * catalogue for every service's role checks. {@code :tenant} stands for the acting tenant.
     */
    private static final Map<String, List<String>> WRITES_BY_OWNER = writesByOwner();

    private static Map<String, List<String>> writesByOwner() {
        Map<String, List<String>> writes = new LinkedHashMap<>();
        writes.put(
                "auth",
                List.of(
                        "update users set password_hash = 'forged'",
                        "update tenants set base_currency = 'XXX'",
                        "delete from login_attempts",
                        "delete from access_revocations",
                        "update user_two_factor set last_used_step = 0",
                        "delete from user_recovery_codes",
                        "delete from password_resets",
                        "update invitations set role = 'OWNER'",
                        "update api_tokens set revoked_at = null",
                        "delete from email_verifications"));
        writes.put("finance", List.of("update finance_entries set amount = 1", "delete from finance_categories"));
        writes.put(
                "emi",
                List.of(
                        "insert into emi_loans (id, tenant_id, name, loan_type, principal, currency, annual_rate,"
                                + " tenure_months, disbursal_date, first_emi_date, status) values (gen_random_uuid(), ':tenant', 'X',"
                                + " 'HOME', 1, 'INR', 1, 1, current_date, current_date, 'ACTIVE')",
                        "delete from emi_payments"));
        writes.put(
                "investment",
                List.of("update investment_activities set quantity = 0", "delete from investment_watchlist_items"));
        writes.put("export", List.of("delete from export_jobs"));
        writes.put(
                "market",
                List.of(
                        "delete from provider_keys",
                        "update manual_prices set price = 1",
                        "insert into exchange_rates (base, quote, rate, rate_date, source) values ('USD', 'INR', 1, current_date,"
                                + " 'forged')",
                        "delete from asset_quotes",
                        "update quote_closes set close = 1",
                        "delete from quote_history_coverage"));
        writes.put("migrations", List.of("update currencies set minor_units = 0"));
        return writes;
    }

    /** Every write into another owner's tables (see {@link #WRITES_BY_OWNER}) is refused to the pool's role. */
    public static void assertCannotWriteOtherOwnersTables(DataSource pool, UUID tenant, String owner)
            throws SQLException {
        if (!WRITES_BY_OWNER.containsKey(owner)) {
            throw new IllegalArgumentException("No such owner: " + owner);
        }
        String[] others = WRITES_BY_OWNER.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(owner))
                .flatMap(entry -> entry.getValue().stream())
                .map(sql -> sql.replace(":tenant", tenant.toString()))
                .toArray(String[]::new);
        assertRefused(pool, tenant, others);
    }

    /** Each statement, in its own transaction acting for {@code tenant}, is refused for want of a privilege. */
    public static void assertRefused(DataSource pool, UUID tenant, String... statements) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    try (PreparedStatement setting =
                            connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                        setting.setString(1, tenant.toString());
                        setting.execute();
                    }
                    assertThatThrownBy(() -> {
                                try (Statement statement = connection.createStatement()) {
                                    statement.execute(sql);
                                }
                            })
                            .as(sql)
                            .hasMessageContaining("permission denied");
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
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
