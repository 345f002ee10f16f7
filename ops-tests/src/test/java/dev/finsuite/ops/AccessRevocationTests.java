package dev.finsuite.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A deactivation, a demotion or a sign-out at auth-service ends the affected access tokens in the other services
 * too: within 5 s where Redis carries the news, within 30 s for a replica that cannot reach Redis and reads the
 * database instead. The replica without Redis is a finance-service of its own whose REDIS_URL names a port
 * nothing listens on.
 */
@Order(2)
class AccessRevocationTests {

    private static final Duration PUSHED = Duration.ofSeconds(5);
    private static final Duration READ_FROM_THE_DATABASE = Duration.ofSeconds(30);

    private static Suite suite;
    private static ServiceProcess financeWithoutRedis;
    private static String ownerToken;

    @BeforeAll
    static void start() {
        suite = Suite.get();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MARKET_SERVICE_URL", suite.marketA.url());
        environment.put("REDIS_URL", "redis://127.0.0.1:" + ServiceProcess.freePort());
        financeWithoutRedis = ServiceProcess.start(
                "finance-service", "finance-without-redis", ServiceProcess.freePort(), environment);
        financeWithoutRedis.awaitReady(Duration.ofMinutes(5));
        ownerToken = Http.register(suite.auth.url());
    }

    @AfterAll
    static void stop() {
        if (financeWithoutRedis != null) {
            financeWithoutRedis.stop();
        }
    }

    @Test
    void aDeactivatedMembersTokenIsRefusedByFinanceAndEmiWithinSecondsAndWithoutRedisWithinThirtySeconds() {
        Member member = addMember("MEMBER");
        assertWorks(member.token());

        HttpResponse<String> deactivated =
                Http.send(Http.request(suite.auth.url() + "/api/v1/users/" + member.id(), ownerToken)
                        .DELETE());
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(204);

        awaitRefused(suite.financeA.url() + "/api/v1/expenses", member.token(), PUSHED);
        awaitRefused(suite.emi.url() + "/api/v1/emis", member.token(), PUSHED);
        awaitRefused(financeWithoutRedis.url() + "/api/v1/expenses", member.token(), READ_FROM_THE_DATABASE);
    }

    @Test
    void aDemotedAdminLosesTheOldRoleEverywhereAndRefreshingGivesTheNewOne() {
        Member admin = addMember("ADMIN");
        String category = "{\"name\":\"Revocation " + UUID.randomUUID() + "\",\"type\":\"EXPENSE\"}";
        assertThat(Http.post(suite.financeA.url() + "/api/v1/categories", admin.token(), category)
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> current = Http.get(suite.auth.url() + "/api/v1/users/" + admin.id(), ownerToken);
        HttpResponse<String> demoted = Http.send(Http.request(
                        suite.auth.url() + "/api/v1/users/" + admin.id(),
                        ownerToken,
                        "If-Match",
                        current.headers().firstValue("ETag").orElseThrow(),
                        "Content-Type",
                        "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\":\"VIEWER\"}")));
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);

        awaitRefused(suite.financeA.url() + "/api/v1/expenses", admin.token(), PUSHED);
        awaitRefused(financeWithoutRedis.url() + "/api/v1/expenses", admin.token(), READ_FROM_THE_DATABASE);

        HttpResponse<String> refreshed = Http.post(
                suite.auth.url() + "/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + admin.refreshToken() + "\"}");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String viewerToken = Http.json(refreshed, "$.accessToken");
        assertWorks(viewerToken);
        HttpResponse<String> write = Http.post(
                suite.financeA.url() + "/api/v1/categories",
                viewerToken,
                "{\"name\":\"Viewer " + UUID.randomUUID() + "\",\"type\":\"EXPENSE\"}");
        assertThat(write.statusCode()).as("a viewer may no longer write").isEqualTo(403);
    }

    @Test
    void signingOutEndsThatSignInsAccessTokensButNotTheOtherSignIns() {
        Member member = addMember("MEMBER");
        Member sameMemberElsewhere = signIn(member.id(), member.email());
        assertWorks(member.token());

        HttpResponse<String> signedOut = Http.post(
                suite.auth.url() + "/api/v1/auth/logout", null, "{\"refreshToken\":\"" + member.refreshToken() + "\"}");
        assertThat(signedOut.statusCode()).isEqualTo(204);

        awaitRefused(suite.financeA.url() + "/api/v1/expenses", member.token(), PUSHED);
        awaitRefused(financeWithoutRedis.url() + "/api/v1/expenses", member.token(), READ_FROM_THE_DATABASE);
        assertWorks(sameMemberElsewhere.token());
    }

    @Test
    void signingOutEverywhereEndsEveryAccessTokenOfTheUser() {
        Member member = addMember("MEMBER");
        Member sameMemberElsewhere = signIn(member.id(), member.email());

        HttpResponse<String> everywhere =
                Http.send(Http.request(suite.auth.url() + "/api/v1/users/me/sessions", member.token())
                        .DELETE());
        assertThat(everywhere.statusCode()).as(everywhere.body()).isEqualTo(204);

        awaitRefused(suite.financeA.url() + "/api/v1/expenses", member.token(), PUSHED);
        awaitRefused(suite.emi.url() + "/api/v1/emis", sameMemberElsewhere.token(), PUSHED);
        HttpResponse<String> refreshed = Http.post(
                suite.auth.url() + "/api/v1/auth/refresh",
                null,
                "{\"refreshToken\":\"" + sameMemberElsewhere.refreshToken() + "\"}");
        assertThat(refreshed.statusCode()).isEqualTo(401);
    }

    private record Member(String id, String email, String token, String refreshToken) {}

    private static Member addMember(String role) {
        String email = "member-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> added =
                Http.post(suite.auth.url() + "/api/v1/users", ownerToken, """
                {"email":"%s","fullName":"Member","role":"%s","password":"another long passphrase"}""".formatted(email, role));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return signIn(Http.json(added, "$.id"), email);
    }

    private static Member signIn(String id, String email) {
        HttpResponse<String> login = Http.post(
                suite.auth.url() + "/api/v1/auth/login",
                null,
                "{\"email\":\"%s\",\"password\":\"another long passphrase\"}".formatted(email));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return new Member(id, email, Http.json(login, "$.accessToken"), Http.json(login, "$.refreshToken"));
    }

    /** The token is good at both finance replicas and emi-service, so each has looked it up and cached it. */
    private static void assertWorks(String token) {
        for (String url : new String[] {
            suite.financeA.url() + "/api/v1/expenses",
            financeWithoutRedis.url() + "/api/v1/expenses",
            suite.emi.url() + "/api/v1/emis"
        }) {
            HttpResponse<String> response = Http.get(url, token);
            assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
        }
    }

    /** Waits until {@code url} answers 401 to {@code token}; fails if that takes longer than {@code within}. */
    private static void awaitRefused(String url, String token, Duration within) {
        await(url)
                .atMost(within)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() ->
                        assertThat(Http.get(url, token).statusCode()).as(url).isEqualTo(401));
    }
}
