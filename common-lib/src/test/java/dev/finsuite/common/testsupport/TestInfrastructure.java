package dev.finsuite.common.testsupport;

import dev.finsuite.common.config.DatabaseUrl;
import dev.finsuite.common.config.RedisUrl;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the tests' PostgreSQL and Redis are: {@code DATABASE_URL}/{@code REDIS_URL} when set, else this
 * machine's local services, else a Testcontainers PostgreSQL where Docker exists. With none of them the
 * tests fail with a message saying so: a persistence test is never skipped into a green build.
 */
public final class TestInfrastructure {

    public static final String TEST_SECRET_KEY = "test-only-secret-key-with-more-than-32-bytes-of-entropy";
    public static final String TEST_RUNTIME_PASSWORD = "test-only-runtime-role-password";
    static final String LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/finsuite_test";
    private static DatabaseUrl database;

    private TestInfrastructure() {}

    public static synchronized DatabaseUrl database() {
        if (database == null) {
            database = locateDatabase();
        }
        return database;
    }

    public static RedisUrl redis(int databaseIndex) {
        String url = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        return RedisUrl.parse(url, databaseIndex);
    }

    /**
     * The properties a service under test needs: its database (the owner for Flyway; queries log in as the service's
     * own role, as in production), Redis, key. Where the server asks for passwords (Testcontainers), the service's
     * role gets {@link #TEST_RUNTIME_PASSWORD}, set by the service itself after migrating, as in compose.
     */
    public static void register(DynamicPropertyRegistry registry, int redisDatabase) {
        DatabaseUrl db = database();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.flyway.url", db::jdbcUrl);
        if (db.username() != null) {
            registry.add("spring.flyway.user", db::username);
        }
        if (db.password() != null) {
            registry.add("spring.flyway.password", db::password);
            registry.add("spring.datasource.password", () -> TEST_RUNTIME_PASSWORD);
        }
        RedisUrl redis = redis(redisDatabase);
        registry.add("spring.data.redis.host", redis::host);
        registry.add("spring.data.redis.port", redis::port);
        registry.add("spring.data.redis.database", redis::database);
        if (redis.password() != null) {
            registry.add("spring.data.redis.password", redis::password);
        }
        registry.add("finsuite.security.secret-key", () -> TEST_SECRET_KEY);
    }

    /** A JDBC connection as the migration owner (the URL's user), for tests that inspect the database itself. */
    public static Connection ownerConnection() throws SQLException {
        DatabaseUrl db = database();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static DatabaseUrl locateDatabase() {
        String fromEnvironment = System.getenv("DATABASE_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return DatabaseUrl.parse(fromEnvironment);
        }
        if (reachable("127.0.0.1", 5432)) {
            DatabaseUrl local = DatabaseUrl.parse(LOCAL_URL);
            createIfMissing(local);
            return local;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new DatabaseUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("""
                No PostgreSQL for the tests: DATABASE_URL is not set, nothing listens on 127.0.0.1:5432 and \
                Docker is not available for Testcontainers. Start PostgreSQL (see README.md) or set DATABASE_URL.""");
    }

    private static void createIfMissing(DatabaseUrl target) {
        String maintenance = target.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/postgres");
        String name = target.jdbcUrl().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection connection = DriverManager.getConnection(maintenance, target.username(), target.password());
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare test database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The test database as a {@code DATABASE_URL} for a service started as a child process: the variable itself
     * when set, else the JDBC URL of {@link #database()} carrying its credentials.
     */
    public static String databaseUrlForChildProcess() {
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        return withCredentials(database(), database().jdbcUrl());
    }

    /** A JDBC URL with the user and password of {@code database} as parameters, as DATABASE_URL accepts it. */
    public static String withCredentials(DatabaseUrl database, String jdbcUrl) {
        if (database.username() == null) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "user=" + database.username()
                + (database.password() == null ? "" : "&password=" + database.password());
    }

    public static boolean reachableForTests(String host, int port) {
        return reachable(host, port);
    }

    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
