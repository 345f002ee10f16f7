package dev.finsuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.finsuite.common.config.DatabaseUrl;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.observability.PromQl;
import dev.finsuite.observability.Rules;
import dev.finsuite.observability.Tools;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Every PromQL expression of ops/observability (dashboard panels and variables, recording and alert rules) sent to a
 * real Prometheus that scrapes what compose's Prometheus scrapes: the running suite's replicas, and the postgres,
 * redis, node (with the backup job's textfile) and nginx exporters, the last reading the real gateway's
 * stub_status. An expression that does not parse, or that names a metric no target exports, fails: a dashboard
 * panel that can never show anything. The scrape configuration is compose's prometheus.yml with each job's
 * addresses replaced by the local ones, so a job added there without a local counterpart fails too. Prometheus
 * and the exporters are Debian's packages (.ci/run installs them); a missing one fails, never skips.
 */
@Order(2)
class LivePromQlTests {

    private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(2);
    /** Prometheus' own series, present while an alert is pending or firing. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("ALERTS", "ALERTS_FOR_STATE");

    private static final Path BACKUP_SCRIPT =
            ServiceProcess.ROOT.resolve("ops").resolve("backup").resolve("backup-schedule.sh");

    private final List<Process> started = new ArrayList<>();
    private final List<HttpServer> relays = new ArrayList<>();

    @Test
    void everyDashboardAndRuleExpressionParsesAndNamesOnlyMetricsTheSuiteExports() throws Exception {
        Suite suite = Suite.get();
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "prometheus-");
        try (Gateway gateway = Gateway.start(suite.upstreams())) {
            someTraffic(suite, gateway);

            Map<String, List<String>> targets = new LinkedHashMap<>();
            for (ServiceProcess replica : suite.all()) {
                if (replica.alive()) {
                    targets.computeIfAbsent(replica.service, service -> new ArrayList<>())
                            .add(relay(replica.address()));
                }
            }
            targets.put(
                    "postgres",
                    List.of(exporter(
                            work, "prometheus-postgres-exporter", Map.of("DATA_SOURCE_NAME", postgresDataSource()))));
            targets.put(
                    "redis",
                    List.of(exporter(
                            work,
                            "prometheus-redis-exporter",
                            Map.of(),
                            "--redis.addr=" + System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379"))));
            targets.put(
                    "node",
                    List.of(exporter(
                            work,
                            "prometheus-node-exporter",
                            Map.of(),
                            "--collector.textfile.directory=" + backupTextfile(work),
                            "--no-collector.systemd")));
            targets.put(
                    "nginx",
                    List.of(exporter(
                            work,
                            "prometheus-nginx-exporter",
                            Map.of(),
                            "--nginx.scrape-uri=" + gateway.statusUrl() + "/stub_status")));
            int port = ServiceProcess.freePort();
            targets.put("prometheus", List.of("127.0.0.1:" + port));

            start(
                    work,
                    "prometheus",
                    Map.of(),
                    "--config.file=" + prometheusConfig(work, targets),
                    "--storage.tsdb.path=" + work.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port);
            String prometheus = "http://127.0.0.1:" + port;
            awaitEveryTargetUp(prometheus, targets, work);
            // A second scrape of each, and the rules evaluated on it.
            ServiceProcess.sleep(SCRAPE_INTERVAL.multipliedBy(2));

            Set<String> exported =
                    new TreeSet<>(Http.<List<String>>json(api(prometheus + "/api/v1/label/__name__/values"), "$.data"));
            Set<String> recorded = new TreeSet<>(Rules.recordedNames());
            Map<String, String> expressions = new LinkedHashMap<>(PromQl.dashboardExpressions());
            expressions.putAll(Rules.expressions());
            assertThat(expressions).hasSizeGreaterThan(30);

            List<String> failures = new ArrayList<>();
            expressions.forEach((where, expression) ->
                    failures.addAll(problems(prometheus, where, PromQl.withVariables(expression), exported, recorded)));
            // The check itself: it catches an expression that does not parse and a name nothing exports.
            assertThat(problems(prometheus, "control", "sum(up", exported, recorded))
                    .hasSize(1);
            assertThat(problems(prometheus, "control", "rate(finsuite_never_exported_total[1m])", exported, recorded))
                    .hasSize(1);
            assertThat(problems(prometheus, "control", "sum by (job) (up)", exported, recorded))
                    .isEmpty();
            assertThat(failures)
                    .as("Prometheus %s scraping %s; exported names: %s", prometheus, targets, exported)
                    .isEmpty();
        } finally {
            relays.forEach(relay -> relay.stop(0));
            started.forEach(Process::destroy);
            for (Process process : started) {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** What is wrong with one expression: Prometheus refuses it, or it names metrics no target exports. */
    private static List<String> problems(
            String prometheus, String where, String query, Set<String> exported, Set<String> recorded) {
        List<String> problems = new ArrayList<>();
        HttpResponse<String> answer =
                api(prometheus + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            problems.add(where + ": " + query + "\n    does not run: " + answer.body());
        }
        Set<String> unknown = new TreeSet<>(PromQl.metricNames(query));
        unknown.removeAll(exported);
        unknown.removeAll(recorded);
        unknown.removeAll(MADE_BY_PROMETHEUS);
        if (!unknown.isEmpty()) {
            problems.add(where + ": " + query + "\n    names what no target exports: " + unknown);
        }
        return problems;
    }

    /**
     * What makes the meters that only appear once used: requests through the gateway (server timers, stub_status
     * counts) and a foreign-currency expense, which finance converts by calling market-service (client timers).
     */
    private static void someTraffic(Suite suite, Gateway gateway) {
        String token = Http.register(suite.auth.url());
        assertThat(Http.get(gateway.url() + "/api/v1/currencies", token).statusCode())
                .isEqualTo(200);
        HttpResponse<String> categories = Http.get(gateway.url() + "/api/v1/categories?type=EXPENSE", token);
        String category = Http.<List<String>>json(categories, "$.items[*].id").get(0);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> created = Http.post(
                    gateway.url() + "/api/v1/expenses", token, """
                    {"amount":"2.10","currency":"EUR","date":"%s","categoryId":"%s","description":"metrics"}""".formatted(LocalDate.now(ZoneOffset.UTC), category));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
    }

    /** compose's scrape jobs with these addresses, scraped every 2 s, and the rule files beside it. */
    @SuppressWarnings("unchecked")
    private static Path prometheusConfig(Path work, Map<String, List<String>> targets) throws IOException {
        Path shippedConfig = Tools.OBSERVABILITY.resolve("prometheus").resolve("prometheus.yml");
        Map<String, Object> shipped = new Yaml().load(Files.readString(shippedConfig));
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) shipped.get("scrape_configs")) {
            String name = (String) job.get("job_name");
            assertThat(targets)
                    .as("a local target for the job " + name + " of " + shippedConfig)
                    .containsKey(name);
            Map<String, Object> local = new LinkedHashMap<>();
            local.put("job_name", name);
            if (job.containsKey("metrics_path")) {
                local.put("metrics_path", job.get("metrics_path"));
            }
            local.put("static_configs", List.of(Map.of("targets", targets.get(name))));
            jobs.add(local);
        }
        assertThat(jobs)
                .extracting(job -> job.get("job_name"))
                .as("every local target is a job of " + shippedConfig)
                .containsExactlyInAnyOrderElementsOf(targets.keySet());

        Path rules = Files.createDirectories(work.resolve("rules"));
        for (Path file : Rules.files()) {
            Files.copy(file, rules.resolve(file.getFileName()));
        }
        String interval = SCRAPE_INTERVAL.toSeconds() + "s";
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(
                "global",
                Map.of("scrape_interval", interval, "scrape_timeout", interval, "evaluation_interval", interval));
        config.put("rule_files", List.of(rules + "/*.yml"));
        config.put("scrape_configs", jobs);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Path file = work.resolve("prometheus.yml");
        Files.writeString(file, new Yaml(options).dump(config));
        return file;
    }

    /** The backup job's status file, written by the backup script's own write_metrics as after a full backup. */
    private static Path backupTextfile(Path work) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(work.resolve("textfile"));
        Process writer = new ProcessBuilder(
                        "bash",
                        "-c",
                        "set -euo pipefail; "
                                + "eval \"$(sed -n '/^write_metrics() {/,/^}/p' \"$1\")\"; METRICS_DIR=$2; write_metrics full 1 42",
                        "write-metrics",
                        BACKUP_SCRIPT.toString(),
                        directory.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(writer.waitFor()).as(output).isZero();
        assertThat(directory.resolve("finsuite_backup.prom"))
                .as(BACKUP_SCRIPT + " wrote no status file")
                .content()
                .contains("finsuite_backup_last_success_timestamp_seconds ");
        return directory;
    }

    /** The tests' database as the postgres exporter's DATA_SOURCE_NAME. */
    private static String postgresDataSource() {
        DatabaseUrl database = TestInfrastructure.database();
        String address =
                database.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
        String credentials = database.username() == null
                ? ""
                : URLEncoder.encode(database.username(), StandardCharsets.UTF_8)
                        + (database.password() == null
                                ? ""
                                : ":" + URLEncoder.encode(database.password(), StandardCharsets.UTF_8))
                        + "@";
        return "postgresql://" + credentials + address + "?sslmode=disable";
    }

    /**
     * A replica's metrics as Prometheus' plain text format (0.0.4), on an address of its own. Debian's Prometheus
     * (2.42) asks for OpenMetrics and then drops the whole scrape over the exemplars (trace ids) that Micrometer
     * puts on a sampled request's {@code _count} series, which Prometheus accepts from 2.43 on; compose runs 2.55
     * (checked below). The text format has the same series without exemplars.
     */
    private String relay(String replica) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try {
                    HttpResponse<byte[]> scraped = Http.CLIENT.send(
                            HttpRequest.newBuilder(URI.create("http://" + replica + exchange.getRequestURI()))
                                    .timeout(Duration.ofSeconds(5))
                                    .header("Accept", "text/plain;version=0.0.4;charset=utf-8")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    exchange.getResponseHeaders()
                            .add(
                                    "Content-Type",
                                    scraped.headers().firstValue("Content-Type").orElse("text/plain"));
                    exchange.sendResponseHeaders(scraped.statusCode(), scraped.body().length);
                    exchange.getResponseBody().write(scraped.body());
                } catch (IOException e) {
                    exchange.sendResponseHeaders(502, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(503, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            relays.add(server);
            return "127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compose's Prometheus takes the services' OpenMetrics with exemplars as they are: 2.43 or newer. */
    @Test
    void composeRunsAPrometheusThatAcceptsTheServicesExemplars() throws IOException {
        Matcher image = Pattern.compile("image: prom/prometheus:v(\\d+)\\.(\\d+)\\.\\d+")
                .matcher(Files.readString(ServiceProcess.ROOT.resolve("docker-compose.yml")));
        assertThat(image.find())
                .as("docker-compose.yml runs prom/prometheus:vX.Y.Z")
                .isTrue();
        int major = Integer.parseInt(image.group(1));
        int minor = Integer.parseInt(image.group(2));
        assertThat(major > 2 || major == 2 && minor >= 43).as(image.group()).isTrue();
    }

    /** Starts an exporter on a free loopback port; its address. */
    private String exporter(Path work, String program, Map<String, String> environment, String... arguments) {
        String address = "127.0.0.1:" + ServiceProcess.freePort();
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--web.listen-address=" + address);
        start(work, program, environment, all.toArray(String[]::new));
        return address;
    }

    private void start(Path work, String program, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Tools.find(program).toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(program + ".log").toFile());
        builder.environment().putAll(environment);
        try {
            started.add(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + command + ": " + e.getMessage(), e);
        }
    }

    /** Until Prometheus has scraped every target successfully; else what it said of them and the programs' logs. */
    private static void awaitEveryTargetUp(String prometheus, Map<String, List<String>> targets, Path work)
            throws IOException {
        int expected = targets.values().stream().mapToInt(List::size).sum();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = api(prometheus + "/api/v1/targets?state=active");
                last = answer.body();
                List<String> health = Http.json(answer, "$.data.activeTargets[*].health");
                if (health.size() == expected && health.stream().allMatch("up"::equals)) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                last = String.valueOf(notYetListening.getMessage());
            }
            ServiceProcess.sleep(Duration.ofMillis(500));
        }
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(work)) {
            for (Path log :
                    files.filter(path -> path.toString().endsWith(".log")).toList()) {
                logs.append("\n===== ").append(log.getFileName()).append('\n').append(Files.readString(log));
            }
        }
        throw new AssertionError("Prometheus did not find all " + expected + " targets up within 60 s: " + last + logs);
    }

    private static HttpResponse<String> api(String url) {
        return Http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET());
    }
}
