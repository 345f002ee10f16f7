package dev.finsuite.export.report;

import dev.finsuite.common.testsupport.FakeMarket;
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
 * The real finance-, emi- and investment-service, started once per test JVM from their packaged jars as child
 * processes on free ports, against the tests' PostgreSQL and Redis and signing key, with a {@link FakeMarket} as
 * market-service. Stopped when the JVM exits. A missing jar FAILS the tests (never skips them): build the jars
 * first, e.g. {@code mvn -B -o -q -pl finance-service,emi-service,investment-service -am package -DskipTests};
 * {@code mvn -B verify} from the root packages them before export-service's tests by itself (export-service's
 * test-scoped dependency on them orders the reactor).
 */
public final class UpstreamServices {

    public static final List<String> SERVICES = List.of("finance-service", "emi-service", "investment-service");
    public static final FakeMarket MARKET = new FakeMarket();
    private static final Path LOGS = Path.of("target", "upstream-logs");
    private static Map<String, String> urls;
    private static final List<Process> PROCESSES = new ArrayList<>();

    private UpstreamServices() {}

    /** Each service's base URL, starting them on the first call. */
    public static synchronized Map<String, String> urls() {
        if (urls == null) {
            urls = start();
        }
        return urls;
    }

    /** The last lines each service logged, for a failed test's report. */
    public static String logTails() {
        return ServiceJars.logTails(LOGS, SERVICES, 60);
    }

    private static Map<String, String> start() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            if (!Files.isRegularFile(ServiceJars.jar(root, service))) {
                missing.add(ServiceJars.jar(root, service).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("export-service's report tests run the real services from their packaged "
                    + "jars, and these are missing: " + missing + ". Package them first: mvn -B -o -q -pl "
                    + "finance-service,emi-service,investment-service -am package -DskipTests (mvn -B verify from the "
                    + "root does it by itself).");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(UpstreamServices::stopAll, "stop-upstream-services"));
        Map<String, String> started = new LinkedHashMap<>();
        try {
            Files.createDirectories(LOGS);
            for (String service : SERVICES) {
                int port = ServiceJars.freePort();
                ProcessBuilder process = ServiceJars.process(
                        root,
                        service,
                        port,
                        LOGS.resolve(service + ".log"),
                        Map.of("MARKET_SERVICE_URL", MARKET.url()));
                PROCESSES.add(process.start());
                started.put(service, "http://127.0.0.1:" + port);
            }
            for (Map.Entry<String, String> service : started.entrySet()) {
                awaitHealthy(service.getKey(), service.getValue());
            }
        } catch (IOException | RuntimeException e) {
            stopAll();
            throw new IllegalStateException("Could not start the upstream services: " + e.getMessage() + logTails(), e);
        }
        return Map.copyOf(started);
    }

    private static void awaitHealthy(String service, String url) {
        ServiceJars.awaitReady(service, PROCESSES.get(SERVICES.indexOf(service)), url, Duration.ofMinutes(3));
    }

    private static void stopAll() {
        ServiceJars.stopAll(PROCESSES);
    }
}
