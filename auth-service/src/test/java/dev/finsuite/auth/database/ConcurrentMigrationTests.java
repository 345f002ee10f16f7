package dev.finsuite.auth.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.config.DatabaseUrl;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** All six services migrate on start, possibly at the same moment, against one empty database. */
class ConcurrentMigrationTests {

    @Test
    void sixSimultaneousMigrationsApplyEachVersionOnce() throws Exception {
        DatabaseUrl server = TestInfrastructure.database();
        String name = "finsuite_migrate_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        execute(server, "create database " + name);
        try {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> services = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                services.add(() -> {
                    start.await();
                    return Flyway.configure()
                            .dataSource(url, server.username(), server.password())
                            .locations("classpath:db/migration")
                            .load()
                            .migrate()
                            .migrationsExecuted;
                });
            }
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> service : services) {
                results.add(pool.submit(service));
            }
            start.countDown();
            int executed = 0;
            for (Future<Integer> result : results) {
                executed += result.get();
            }
            pool.shutdown();

            try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            select count(*), count(distinct version), bool_and(success)
                            from flyway_schema_history where version is not null""")) {
                rows.next();
                assertThat(rows.getInt(1))
                        .isEqualTo(rows.getInt(2))
                        .isEqualTo(executed)
                        .isGreaterThanOrEqualTo(2);
                assertThat(rows.getBoolean(3)).isTrue();
            }
        } finally {
            execute(server, "drop database if exists " + name + " with (force)");
        }
    }

    private static void execute(DatabaseUrl server, String sql) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
