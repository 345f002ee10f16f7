package dev.finsuite.ops;

import dev.finsuite.common.config.DatabaseUrl;
import dev.finsuite.common.testsupport.ServiceJars;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service replica: its packaged jar run as a child process on a free port against the tests' PostgreSQL and
 * Redis and signing key, everything it prints kept in {@code target/ops-logs/<name>.log}. A missing jar fails the
 * tests (never skips them): {@code ./mvnw -B verify} from the root packages the jars before this module's tests.
 */
final class ServiceProcess {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LOGS = Path.of("target", "ops-logs").toAbsolutePath();

    final String service;
    final String name;
    final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String service, String name, int port, Process process, Path log) {
        this.service = service;
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code service}'s jar as replica {@code name} with these extra environment variables. */
    static ServiceProcess start(String service, String name, int port, Map<String, String> environment) {
        Path jar = ServiceJars.jar(ROOT, service);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The operations tests run the services from their packaged jars and "
                    + jar + " is missing. Package it first: ./mvnw -B -o -q -pl " + service + " -am package "
                    + "-DskipTests (./mvnw -B verify from the root does it by itself).");
        }
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + ".log");
            Map<String, String> env = new java.util.HashMap<>();
            env.put("DATABASE_URL", databaseUrl());
            // These tests load the gateway and the replicas on purpose; the services' own per-user budgets
            // (tested in common-lib) would answer most of that load with 429 and hide what is measured here.
            env.put("FINSUITE_RATELIMITS_ENABLED", "false");
            env.putAll(environment);
            ProcessBuilder builder = ServiceJars.process(ROOT, service, port, log, env);
            return new ServiceProcess(service, name, port, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the readiness probe says UP (the database is reachable, migrations ran). */
    void awaitReady(Duration within) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up:\n" + tail(40));
            }
            if (readiness(http) == 200) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " was not ready within " + within + ":\n" + tail(40));
    }

    /** The readiness probe's status, or -1 when nothing answers. */
    int readiness(HttpClient http) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as Docker or an orchestrator stops a replica. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; true when it did within {@code within}. */
    boolean awaitExit(Duration within) {
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) {
            process.destroyForcibly();
        }
    }

    List<String> logLines() {
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String tail(int lines) {
        List<String> all = logLines();
        return "===== " + name + " (" + log + ") =====\n"
                + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    static int freePort() {
        return ServiceJars.freePort();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String databaseUrl() {
        return OwnDatabase.URL;
    }

    /**
     * The services these tests start share a database of their own, made afresh once per run. In CI the test
     * database holds every earlier module's rows, and the finance job these tests watch would first complete
     * thousands of their pending conversions, which made "created within minutes" depend on the modules before.
     */
    private static final class OwnDatabase {

        /** -Dfinsuite.ops.database names another, so two checkouts on one machine do not drop each other's. */
        static final String URL = create(System.getProperty("finsuite.ops.database", "finsuite_ops_tests"));

        private static String create(String name) {
            DatabaseUrl shared = TestInfrastructure.database();
            String maintenance = shared.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/postgres");
            try (Connection connection =
                            DriverManager.getConnection(maintenance, shared.username(), shared.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "Could not make the ops tests' database " + name + ": " + e.getMessage(), e);
            }
            String jdbc = shared.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
            return TestInfrastructure.withCredentials(shared, jdbc);
        }
    }
}
