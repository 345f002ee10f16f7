package dev.finsuite.devpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs a real PostgreSQL server from Maven Central's binaries, keeping its data in a local folder, until the
 * process is stopped. Used by the run command only when no other PostgreSQL is reachable.
 *
 * <p>Usage: {@code java -jar dev-postgres.jar <data-dir> <port> <database>}; prints {@code READY <url>}.
 */
public final class DevPostgres {

    private DevPostgres() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--ensure-database")) {
            ensureDatabase(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null, args[4]);
            return;
        }
        Path dataDirectory =
                Path.of(args.length > 0 ? args[0] : ".run/postgres").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5432;
        String database = args.length > 2 ? args[2] : "finsuite";
        Files.createDirectories(dataDirectory);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            createIfMissing(connection, database);
        }
        System.out.println("READY postgresql://postgres@127.0.0.1:" + port + "/" + database);
        System.out.flush();
        Thread.currentThread().join();
    }

    /** {@code --ensure-database <jdbc-url-of-maintenance-db> <user> <password> <database>}: for a local server. */
    private static void ensureDatabase(String maintenanceUrl, String user, String password, String database)
            throws Exception {
        try (Connection connection = java.sql.DriverManager.getConnection(
                maintenanceUrl,
                user == null || user.isEmpty() ? null : user,
                password == null || password.isEmpty() ? null : password)) {
            createIfMissing(connection, database);
        }
    }

    private static void createIfMissing(Connection connection, String database) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
            if (!exists.next()) {
                statement.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        }
    }
}
