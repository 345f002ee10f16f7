package dev.finsuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The real nginx with ops/nginx's configuration in front of the running services: what a client of the gateway
 * sees, and what reaches the services behind it.
 */
@Order(1)
class GatewayTests {

    private static Suite suite;
    private static Gateway gateway;
    private static String token;

    @BeforeAll
    static void start() {
        suite = Suite.get();
        gateway = Gateway.start(suite.upstreams());
        token = Http.register(suite.auth.url());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void eachPrefixOfTheConventionsReachesItsServiceAndNoOther() {
        Map<String, List<ServiceProcess>> routes = new LinkedHashMap<>();
        List<ServiceProcess> auth = List.of(suite.auth);
        List<ServiceProcess> finance = List.of(suite.financeA, suite.financeB);
        List<ServiceProcess> market = List.of(suite.marketA, suite.marketB);
        for (String path : List.of(
                "/api/v1/auth/logout",
                "/api/v1/users",
                "/api/v1/users/me",
                "/api/v1/tenants/current",
                "/.well-known/jwks.json")) {
            routes.put(path, auth);
        }
        for (String path : List.of(
                "/api/v1/categories",
                "/api/v1/expenses",
                "/api/v1/incomes",
                "/api/v1/budgets",
                "/api/v1/borrowings",
                "/api/v1/lendings",
                "/api/v1/counterparties",
                "/api/v1/recurring-rules",
                "/api/v1/summaries/monthly")) {
            routes.put(path, finance);
        }
        routes.put("/api/v1/emis", List.of(suite.emi));
        routes.put("/api/v1/emi-calculator", List.of(suite.emi));
        for (String path : List.of(
                "/api/v1/investments/accounts",
                "/api/v1/investments/import",
                "/api/v1/portfolio",
                "/api/v1/watchlist")) {
            routes.put(path, List.of(suite.investment));
        }
        for (String path : List.of(
                "/api/v1/currencies",
                "/api/v1/exchange-rates/custom",
                "/api/v1/conversions",
                "/api/v1/quotes/NOPE/history",
                "/api/v1/provider-keys")) {
            routes.put(path, market);
        }
        for (String path : List.of(
                "/api/v1/exports/jobs",
                "/api/v1/reports/schedules",
                "/api/v1/backups",
                "/api/v1/analytics/summary",
                "/api/v1/audit")) {
            routes.put(path, List.of(suite.export));
        }
        Map<String, String> idByPath = new LinkedHashMap<>();
        routes.forEach((path, services) -> {
            String requestId = "route-" + UUID.randomUUID();
            HttpResponse<String> response = Http.get(gateway.url() + path, token, "X-Request-Id", requestId);
            assertThat(response.headers().firstValue("X-Request-Id")).as(path).contains(requestId);
            idByPath.put(path, requestId);
        });
        routes.forEach((path, services) -> {
            String requestId = idByPath.get(path);
            awaitLogged(services, requestId, path);
            for (ServiceProcess other : suite.all()) {
                if (!services.contains(other)) {
                    assertThat(other.logLines())
                            .as(path + " must not reach " + other.name)
                            .noneMatch(line -> line.contains(requestId));
                }
            }
        });
    }

    @Test
    void aRequestWithoutAnIdGetsOneThatTheServiceLogsAndTheAccessLogRecordsAsJson() {
        HttpResponse<String> response = Http.get(gateway.url() + "/api/v1/currencies", token);

        assertThat(response.statusCode()).isEqualTo(200);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(response.headers().allValues("X-Request-Id")).hasSize(1);
        awaitLogged(List.of(suite.marketA, suite.marketB), requestId, "/api/v1/currencies");
        String accessLine = gateway.log()
                .lines()
                .filter(line -> line.contains("\"requestId\":\"" + requestId + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access log line for " + requestId));
        assertThat(accessLine)
                .startsWith("{")
                .endsWith("}")
                .contains("\"status\":200")
                .contains("\"uri\":\"/api/v1/currencies\"")
                .containsPattern("\"upstream\":\"127\\.0\\.0\\.1:\\d+\"")
                .contains("\"durationSeconds\":")
                .contains("\"upstreamSeconds\":\"")
                .doesNotContain(token);
    }

    @Test
    void aBurstOfSignInsFromOneAddressIsAnsweredWithTheSuitesRateLimitProblem() throws Exception {
        try (Gateway fresh = Gateway.start(suite.upstreams())) {
            // All at once, as a password-guessing client sends them: a new address each time, since auth-service's
            // own lock-out of one account is not what is tested.
            ExecutorService burst = Executors.newFixedThreadPool(25);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String id = "burst-" + UUID.randomUUID();
                sent.add(burst.submit(() -> Http.post(
                        fresh.url() + "/api/v1/auth/login",
                        null,
                        "{\"email\":\"" + id + "@example.com\",\"password\":\"wrong password\"}",
                        "X-Request-Id",
                        id)));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
            burst.shutdown();
            // The gateway's own refusals: auth-service's (a full hashing queue, also 429) name the service.
            List<HttpResponse<String>> limited = answers.stream()
                    .filter(a -> a.statusCode() == 429 && !a.body().contains("being checked at once"))
                    .toList();
            // A burst of 10 passes on top of the one allowed now (and one more each 6 s); the rest is turned away.
            assertThat(limited).hasSizeGreaterThanOrEqualTo(13);
            // What passed reached auth-service: a wrong password, or its own 429 when its hashing queue is full.
            assertThat(answers)
                    .filteredOn(a -> !limited.contains(a))
                    .allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(401, 429));
            for (HttpResponse<String> answer : limited) {
                assertProblem(answer, 429, "rate_limited");
                assertThat(answer.headers().firstValue("Retry-After"))
                        .hasValueSatisfying(
                                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            }
            // The turned-away requests never reached auth-service.
            List<String> authLog = suite.auth.logLines();
            for (HttpResponse<String> answer : limited) {
                String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
                assertThat(id).startsWith("burst-");
                assertThat(authLog).noneMatch(line -> line.contains(id));
            }
            // Other routes are not limited by the sign-in zone.
            assertThat(Http.get(fresh.url() + "/api/v1/currencies", token).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void actuatorEndpointsOtherThanHealthAreClosedFromOutside() {
        for (String path : List.of(
                "/actuator",
                "/actuator/prometheus",
                "/actuator/env",
                "/actuator/info",
                "/actuator/health/../prometheus",
                "/api/v1/expenses/%2e%2e/%2e%2e/%2e%2e/actuator/prometheus",
                "/actuator/heapdump",
                "//actuator/prometheus")) {
            HttpResponse<String> response = Http.get(gateway.url() + path, token);
            assertProblem(response, 404, "not_found");
            assertThat(response.body()).as(path).doesNotContain("jvm_").doesNotContain("http_server_requests");
        }
        HttpResponse<String> health = Http.get(gateway.url() + "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        // ... while the services still expose their metrics inside, to Prometheus.
        assertThat(Http.get(suite.financeA.url() + "/actuator/prometheus", null).statusCode())
                .isEqualTo(200);
    }

    /** The nginx exporter's source: served on the status port only, and nothing else is served there. */
    @Test
    void stubStatusAnswersOnItsOwnPortAndNotOnThePublicOne() {
        HttpResponse<String> status = Http.get(gateway.statusUrl() + "/stub_status", null);

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body())
                .startsWith("Active connections: ")
                .containsPattern("server accepts handled requests\\s+\\d+ \\d+ \\d+")
                .containsPattern("Reading: \\d+ Writing: \\d+ Waiting: \\d+");
        // Not on the access log: a scrape every 15 s would be most of its lines.
        assertThat(gateway.log()).doesNotContain("\"uri\":\"/stub_status\"");
        // On the public port the path is just another path: the web app's index.html (when web/dist is built), or
        // a 404 problem; never the counters.
        HttpResponse<String> outside = Http.get(gateway.url() + "/stub_status", token);
        assertThat(outside.body())
                .as("public port")
                .doesNotContain("Active connections")
                .doesNotContain("Reading:");
        assertThat(outside.statusCode()).isIn(200, 404);
        assertThat(Http.get(gateway.statusUrl() + "/api/v1/currencies", token).statusCode())
                .isEqualTo(404);
        assertThat(Http.get(gateway.statusUrl() + "/actuator/health", null).statusCode())
                .isEqualTo(404);
    }

    /**
     * W3C trace context from the gateway through finance-service to market-service: a foreign-currency expense is
     * converted by a call to market-service, and the gateway's access line, finance's lines and market's lines of
     * it all name one trace id: the gateway's own (its request id) when the client sends no traceparent, else the
     * client's, sampled or not. finance-b converts through a stub rather than market-service, so this gateway
     * sends finance's routes to finance-a only.
     */
    @Test
    void oneTraceIdFollowsARequestFromTheGatewayThroughFinanceToMarket() {
        Map<String, List<String>> upstreams = new LinkedHashMap<>(suite.upstreams());
        upstreams.put("finance_service", List.of(suite.financeA.address()));
        try (Gateway traced = Gateway.start(upstreams)) {
            String category = Http.<List<String>>json(
                            Http.get(traced.url() + "/api/v1/categories?type=EXPENSE", token), "$.items[*].id")
                    .get(0);

            HttpResponse<String> started = createEuroExpense(traced, category);
            String requestId = started.headers().firstValue("X-Request-Id").orElseThrow();
            String traceId = accessLogTraceId(traced, requestId);
            assertThat(traceId)
                    .as("without a traceparent the gateway's request id is the trace id")
                    .matches("[0-9a-f]{32}")
                    .isEqualTo(requestId);
            assertTracedThroughFinanceAndMarket(requestId, traceId);

            for (String flags : List.of("01", "00")) {
                String clientTrace = hex(32);
                String clientRequest = "traced-" + UUID.randomUUID();
                createEuroExpense(
                        traced,
                        category,
                        "X-Request-Id",
                        clientRequest,
                        "traceparent",
                        "00-" + clientTrace + "-" + hex(16) + "-" + flags);
                assertThat(accessLogTraceId(traced, clientRequest))
                        .as("the client's trace, flags " + flags)
                        .isEqualTo(clientTrace);
                assertTracedThroughFinanceAndMarket(clientRequest, clientTrace);
            }

            String badRequest = "untraced-" + UUID.randomUUID();
            createEuroExpense(
                    traced,
                    category,
                    "X-Request-Id",
                    badRequest,
                    "traceparent",
                    "00-" + "0".repeat(32) + "-" + hex(16) + "-01");
            String replaced = accessLogTraceId(traced, badRequest);
            assertThat(replaced)
                    .as("an invalid traceparent is replaced")
                    .matches("[0-9a-f]{32}")
                    .isNotEqualTo("0".repeat(32));
            assertTracedThroughFinanceAndMarket(badRequest, replaced);
        }
    }

    private static HttpResponse<String> createEuroExpense(Gateway gateway, String category, String... headers) {
        HttpResponse<String> created = Http.post(
                gateway.url() + "/api/v1/expenses",
                token,
                """
                {"amount":"4.20","currency":"EUR","date":"%s","categoryId":"%s","description":"traced"}""".formatted(LocalDate.now(ZoneOffset.UTC), category),
                headers);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created;
    }

    /** The trace id of the gateway's access log line of this request. */
    private static String accessLogTraceId(Gateway gateway, String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            Optional<String> line = gateway.log()
                    .lines()
                    .filter(l -> l.contains("\"requestId\":\"" + requestId + "\""))
                    .findFirst();
            if (line.isPresent()) {
                Matcher trace = Pattern.compile("\"traceId\":\"([^\"]*)\"").matcher(line.get());
                assertThat(trace.find()).as(line.get()).isTrue();
                return trace.group(1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no access log line for " + requestId + ":\n" + gateway.log());
            }
            ServiceProcess.sleep(Duration.ofMillis(100));
        }
    }

    /**
     * finance-a's lines of the request and market's lines of the conversion call it made (the request id travels
     * with it) all carry the trace id, the completion lines included.
     */
    private static void assertTracedThroughFinanceAndMarket(String requestId, String traceId) {
        List<ServiceProcess> markets = List.of(suite.marketA, suite.marketB);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> financeLines;
        List<String> marketLines;
        do {
            financeLines = linesOf(List.of(suite.financeA), requestId);
            marketLines = linesOf(markets, requestId);
            if (financeLines.stream().anyMatch(l -> l.contains("POST /api/v1/expenses -> 201"))
                    && marketLines.stream().anyMatch(l -> l.contains("GET /api/v1/conversions -> "))) {
                break;
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        } while (Instant.now().isBefore(deadline));
        assertThat(financeLines)
                .as("finance-a's lines of " + requestId + suite.tails())
                .anyMatch(l -> l.contains("POST /api/v1/expenses -> 201"))
                .allSatisfy(l -> assertThat(l).contains(traceId));
        assertThat(marketLines)
                .as("market's lines of " + requestId + suite.tails())
                .anyMatch(l -> l.contains("GET /api/v1/conversions -> "))
                .allSatisfy(l -> assertThat(l).contains(traceId));
    }

    private static List<String> linesOf(List<ServiceProcess> services, String text) {
        return services.stream()
                .flatMap(s -> s.logLines().stream())
                .filter(l -> l.contains(text))
                .toList();
    }

    private static String hex(int digits) {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (hex.length() < digits) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.charAt(0) == '0' ? 'a' + hex.substring(1) : hex.toString();
    }

    @Test
    void jsonAnswersAreCompressedForClientsThatAcceptIt() throws IOException {
        HttpResponse<byte[]> response = sendBytes(
                Http.request(gateway.url() + "/api/v1/categories?size=200", token, "Accept-Encoding", "gzip"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes());
        assertThat(json).contains("\"items\"");
        assertThat(response.body().length).isLessThan(json.length() / 2);
    }

    @Test
    void oneSwaggerUiListsTheSixOpenApiDocuments() {
        HttpResponse<String> config = Http.get(gateway.url() + "/v3/api-docs/swagger-config", null);
        assertThat(config.statusCode()).isEqualTo(200);
        List<String> urls = Http.json(config, "$.urls[*].url");
        assertThat(urls)
                .containsExactly(
                        "/v3/api-docs/auth-service",
                        "/v3/api-docs/finance-service",
                        "/v3/api-docs/emi-service",
                        "/v3/api-docs/investment-service",
                        "/v3/api-docs/market-service",
                        "/v3/api-docs/export-service");
        Map<String, String> pathOfEach = Map.of(
                "auth-service",
                "/api/v1/auth/login",
                "finance-service",
                "/api/v1/expenses",
                "emi-service",
                "/api/v1/emis",
                "investment-service",
                "/api/v1/portfolio",
                "market-service",
                "/api/v1/currencies",
                "export-service",
                "/api/v1/backups");
        for (String url : urls) {
            HttpResponse<String> document = Http.get(gateway.url() + url, null);
            assertThat(document.statusCode()).as(url).isEqualTo(200);
            assertThat(Http.<String>json(document, "$.openapi")).as(url).startsWith("3.");
            String service = url.substring(url.lastIndexOf('/') + 1);
            assertThat(document.body()).as(url).contains("\"" + pathOfEach.get(service));
        }
        HttpResponse<String> page = Http.get(gateway.url() + "/swagger-ui/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
        HttpResponse<String> initializer = Http.get(gateway.url() + "/swagger-ui/swagger-initializer.js", null);
        assertThat(initializer.body()).contains("/v3/api-docs/swagger-config");
        assertThat(Http.get(gateway.url() + "/swagger-ui.html", null).statusCode())
                .isEqualTo(302);
    }

    @Test
    void theGatewaysOwnErrorsAreProblemJson() {
        HttpResponse<String> unknown = Http.get(gateway.url() + "/api/v1/nothing-here", token);
        assertProblem(unknown, 404, "not_found");

        String tooBig = "{\"description\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        HttpResponse<String> oversized = Http.post(gateway.url() + "/api/v1/expenses", token, tooBig);
        assertProblem(oversized, 413, "payload_too_large");

        try (Gateway nowhere = Gateway.start(Map.of())) {
            HttpResponse<String> down = Http.get(nowhere.url() + "/api/v1/expenses", token);
            assertProblem(down, 502, "upstream_unavailable");
        }
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(Http.<String>json(response, "$.code")).isEqualTo(code);
        assertThat(Http.<Integer>json(response, "$.status")).isEqualTo(status);
        assertThat(Http.<String>json(response, "$.type")).isEqualTo("urn:finsuite:problem:" + code);
    }

    private static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLogged(List<ServiceProcess> services, String requestId, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (services.stream().anyMatch(s -> s.logLines().stream().anyMatch(line -> line.contains(requestId)))) {
                return;
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError(path + " with request id " + requestId + " never reached "
                + services.stream().map(s -> s.name).toList() + suite.tails());
    }
}
