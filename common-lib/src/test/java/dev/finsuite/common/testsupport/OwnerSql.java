package dev.finsuite.common.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * SQL as the database owner, past row-level security: to arrange rows a test needs and to count what is really
 * stored, whatever the service under test may see.
 */
public final class OwnerSql {

    private OwnerSql() {}

    /** A tenant row (which tenant-owned rows reference) with this base currency, in UTC; tokens for it come from TestTokens. */
    public static UUID newTenant(String baseCurrency) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into tenants (id, name, base_currency, timezone) values ('" + id + "', 'T', '" + baseCurrency
                + "', 'UTC')");
        return id;
    }

    /** The single number a {@code select count(*) …} answers. */
    public static long count(String sql) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static void execute(String sql) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
