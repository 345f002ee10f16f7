package dev.finsuite.common.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Services started from their packaged jars as child processes (export-service's upstreams, the robustness
 * probe): where a jar is, how a child JVM is started as the tests start them, a free port, and stopping them.
 */
public final class ServiceJars {

    /**
     * Ports handed out come from below Linux's ephemeral range (32768 and up), never twice from this JVM. A port the
     * system chose (new ServerSocket(0)) and closed again could be given to the next such request before the service
     * meant to have it binds it, which started two services on one port (ops-tests, 2026-12-08).
     */
    private static final int FIRST_PORT = 20_000;

    private static final int PORTS = 12_000;
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private ServiceJars() {}

    /** {@code <root>/<service>/target/<service>.jar}, as {@code ./mvnw package} leaves it. */
    public static Path jar(Path root, String service) {
        return root.resolve(service).resolve("target").resolve(service + ".jar");
    }

    /**
     * The command that starts {@code service}'s jar the way the tests do: the JVM running the tests, small heaps
     * and C1 only, because several services share two cores while the tests run.
     */
    public static List<String> command(Path root, String service, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-Xms24m",
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar(root, service).toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * A child JVM of {@code service} on {@code port} logging to {@code log}, with what every service a test starts
     * gets (the test database and Redis, the test signing key, jobs held back an hour, plain-text logs) and
     * {@code environment} on top.
     */
    public static ProcessBuilder process(
            Path root, String service, int port, Path log, java.util.Map<String, String> environment) {
        ProcessBuilder process = new ProcessBuilder(command(root, service, "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        java.util.Map<String, String> env = process.environment();
        env.put("DATABASE_URL", TestInfrastructure.databaseUrlForChildProcess());
        env.put("REDIS_URL", System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379"));
        env.put("SECRET_KEY", TestInfrastructure.TEST_SECRET_KEY);
        env.put("FINSUITE_JOBS_INITIAL_DELAY", "1h");
        env.remove("LOG_FORMAT");
        env.putAll(environment);
        return process;
    }

    /** The last {@code lines} lines of each service's {@code <logs>/<service>.log}, for a failed test's report. */
    public static String logTails(Path logs, List<String> services, int lines) {
        StringBuilder tails = new StringBuilder();
        for (String service : services) {
            Path log = logs.resolve(service + ".log");
            try {
                List<String> all = java.nio.file.Files.exists(log) ? java.nio.file.Files.readAllLines(log) : List.of();
                tails.append("\n===== ")
                        .append(service)
                        .append(" (last ")
                        .append(lines)
                        .append(" lines of ")
                        .append(log.toAbsolutePath())
                        .append(") =====\n")
                        .append(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())));
            } catch (IOException e) {
                tails.append("\n(could not read ")
                        .append(log)
                        .append(": ")
                        .append(e)
                        .append(")");
            }
        }
        return tails.toString();
    }

    /** A port nothing listens on now (and, closed at once, one a test can use for a service that is down). */
    public static int freePort() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = FIRST_PORT + RANDOM.nextInt(PORTS);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Something listens there already: try another.
            }
        }
        throw new IllegalStateException("No free port between " + FIRST_PORT + " and " + (FIRST_PORT + PORTS));
    }

    /**
     * Waits until the service at {@code url} reports itself ready; its process exiting meanwhile fails at once,
     * and so does a start that takes longer than {@code within}.
     */
    public static void awaitReady(String service, Process process, String url, Duration within) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        try {
            Awaitility.await(service + " ready")
                    .atMost(within)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(service + " exited during start-up");
                        }
                        try {
                            HttpResponse<String> health = http.send(
                                    HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            return health.statusCode() == 200 && health.body().contains("\"UP\"");
                        } catch (IOException notListeningYet) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException slow) {
            throw new IllegalStateException(service + " was not ready within " + within);
        }
    }

    /** Asks every process to stop, then gives each 10 s before killing it. */
    public static void stopAll(List<Process> processes) {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
