package dev.finsuite.probe;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.finsuite.common.testsupport.ServiceJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six services, started once from their packaged jars as child processes on free ports, against the tests'
 * PostgreSQL and Redis, wired to each other by their {@code *_SERVICE_URL} variables and to {@link ProviderStub}
 * instead of the real market-data providers (no test reaches the internet). Stopped when the JVM exits.
 * A missing jar FAILS the probe: {@code ./mvnw -B verify} from the root packages them first (the module's
 * test-scoped dependencies on the services order the reactor).
 */
final class Suite {

    static final List<String> SERVICES = List.of(
            "auth-service", "finance-service", "emi-service", "investment-service", "market-service", "export-service");
    private static final Path LOGS = Path.of("target", "service-logs");
    /**
     * Six Spring Boot services starting at once on two cores shared with other builds have taken over 10 minutes;
     * a service that hangs is still caught.
     */
    private static final Duration START_LIMIT = Duration.ofMinutes(20);

    private static Map<String, String> urls;
    private static final List<Process> PROCESSES = new ArrayList<>();

    private Suite() {}

    /** Each service's base URL, starting the suite on the first call. */
    static synchronized Map<String, String> urls() {
        if (urls == null) {
            urls = running(System.getProperty("probe.urls", ""));
        }
        if (urls == null) {
            urls = start();
        }
        return urls;
    }

    /**
     * A suite that is already running, named {@code auth-service=http://127.0.0.1:8001,finance-service=…} (all
     * six), to probe it instead of starting one: {@code -Dprobe.urls=…}. Null when none is named.
     */
    private static Map<String, String> running(String named) {
        if (named.isBlank()) {
            return null;
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (String entry : named.split(",")) {
            String[] pair = entry.split("=", 2);
            given.put(pair[0].trim(), pair[1].trim());
        }
        if (!given.keySet().containsAll(SERVICES)) {
            throw new IllegalArgumentException(
                    "-Dprobe.urls must name all of " + SERVICES + ", not only " + given.keySet());
        }
        return Map.copyOf(given);
    }

    /** The last lines each service logged, for a failed probe's report. */
    static String logTails(int lines) {
        return ServiceJars.logTails(LOGS, SERVICES, lines);
    }

    private static Map<String, String> start() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> missing = SERVICES.stream()
                .map(service -> ServiceJars.jar(root, service))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The probe runs the services from their packaged jars, and these are "
                    + "missing: " + missing + ". Package them first: ./mvnw -B -o -q -pl " + String.join(",", SERVICES)
                    + " -am package -DskipTests (./mvnw -B verify from the root does it by itself).");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(Suite::stopAll, "stop-probed-services"));
        Map<String, String> started = new LinkedHashMap<>();
        for (String service : SERVICES) {
            started.put(service, "http://127.0.0.1:" + ServiceJars.freePort());
        }
        ProviderStub providers = ProviderStub.start();
        // Healthy mail, as for the providers: without it auth-service rightly answers 503 email_not_configured.
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            Files.createDirectories(LOGS);
            for (String service : SERVICES) {
                String url = started.get(service);
                Map<String, String> environment = new java.util.HashMap<>();
                // Long enough that no token expires during a probe on a slow machine.
                environment.put("JWT_EXPIRATION_MINUTES", "60");
                for (String other : SERVICES) {
                    environment.put(other.replace("-service", "").toUpperCase() + "_SERVICE_URL", started.get(other));
                }
                environment.putAll(providers.environment());
                environment.put("SMTP_HOST", "127.0.0.1");
                environment.put("SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
                int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
                PROCESSES.add(ServiceJars.process(root, service, port, LOGS.resolve(service + ".log"), environment)
                        .start());
            }
            for (Map.Entry<String, String> service : started.entrySet()) {
                awaitReady(service.getKey(), service.getValue());
            }
        } catch (IOException | RuntimeException e) {
            stopAll();
            throw new IllegalStateException("Could not start the suite: " + e.getMessage() + logTails(60), e);
        }
        return Map.copyOf(started);
    }

    private static void awaitReady(String service, String url) {
        ServiceJars.awaitReady(service, PROCESSES.get(SERVICES.indexOf(service)), url, START_LIMIT);
    }

    private static void stopAll() {
        ServiceJars.stopAll(PROCESSES);
    }
}
