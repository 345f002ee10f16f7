package dev.finsuite.common.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an operator and a frontend can count on from every service: health for orchestrators, metrics,
 * API docs, request ids, and a problem+json 401 for any unauthenticated API call. Each service runs it.
 */
public abstract class OperationalContract extends ServiceTest {

    /** A path under the service's own API base. */
    protected abstract String apiPath();

    @Test
    void reportsReadyAndLiveForOrchestrators() {
        Api.Reply readiness = api().get("/actuator/health/readiness").send();
        Api.Reply liveness = api().get("/actuator/health/liveness").send();
        Api.Reply health = api().get("/actuator/health").send();

        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.field("/status")).isEqualTo("UP");
        assertThat(liveness.field("/status")).isEqualTo("UP");
        assertThat(health.field("/status")).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsAndOpenApi() {
        Api.Reply metrics = api().get("/actuator/prometheus").send();
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");

        Api.Reply docs = api().get("/v3/api-docs").send();
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.field("/openapi")).startsWith("3.");
        assertThat(api().get("/swagger-ui/index.html").send().status()).isEqualTo(200);
    }

    /**
     * Metrics are per service, not per tenant: a tenant or user id in a meter's name or tag would grow the series
     * without bound and hand every tenant's ids to whoever can scrape. Ids are sent in the token, in the path
     * (found and not found) and in the query, and none of them may come back.
     */
    @Test
    void metricsCarryNoTenantOrUserIds() {
        UUID tenant = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String token = TestTokens.signer(Clock.systemUTC())
                .issueAccess(user, tenant, List.of("OWNER"), UUID.randomUUID())
                .value();
        api().get(apiPath()).token(token).send();
        api().get(apiPath() + "?tenantId=" + tenant + "&userId=" + user)
                .token(token)
                .send();
        api().get(apiPath() + "/" + tenant).token(token).send();
        api().get("/api/v1/no-such-resource/" + user).token(token).send();
        api().get(apiPath() + "/" + user).send();

        String metrics = api().get("/actuator/prometheus").send().text();

        assertThat(metrics).contains("http_server_requests_seconds");
        for (UUID id : new UUID[] {tenant, user}) {
            assertThat(metrics)
                    .doesNotContainIgnoringCase(id.toString())
                    .doesNotContainIgnoringCase(id.toString().replace("-", ""));
        }
    }

    @Test
    void refusesAnUnauthenticatedApiCallWithAProblem() {
        Api.Reply reply = api().get(apiPath()).send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.field("/code")).isEqualTo("unauthorized");
        assertThat(reply.field("/status")).isEqualTo("401");
        assertThat(reply.field("/title")).isEqualTo("Unauthorized");
        assertThat(reply.field("/type")).isNotBlank();
        assertThat(api().post(apiPath(), "{}").send().status()).isEqualTo(401);
    }

    @Test
    void aValidTokenPassesAndAnUnknownPathIsAProblem404() {
        String token = TestTokens.access(UUID.randomUUID(), "OWNER");
        Api.Reply reply = api().get("/api/v1/no-such-resource").token(token).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.field("/code")).isEqualTo("not_found");
    }

    @Test
    void carriesTheRequestId() {
        Api.Reply given =
                api().get(apiPath()).header("X-Request-Id", "trace-abc-123").send();
        Api.Reply made = api().get(apiPath()).send();
        Api.Reply hostile = api().get(apiPath())
                .header("X-Request-Id", "bad id\twith spaces")
                .send();

        assertThat(given.header("X-Request-Id")).isEqualTo("trace-abc-123");
        assertThat(given.field("/requestId")).isEqualTo("trace-abc-123");
        assertThat(made.header("X-Request-Id")).hasSize(36);
        assertThat(hostile.header("X-Request-Id"))
                .isNotEqualTo("bad id\twith spaces")
                .hasSize(36);
    }

    @Test
    void aQueryThatIsNotUtf8IsA400ProblemOnHealthAndApiAlike() {
        String token = TestTokens.access(UUID.randomUUID(), "OWNER");
        for (String query : new String[] {"x=%FF", "x=%C3%28", "x=%C0%80", "x=%ED%A0%80"}) {
            Api.Reply health = api().get("/actuator/health?" + query).send();
            Api.Reply listed = api().get(apiPath() + "?" + query).token(token).send();

            for (Api.Reply reply : new Api.Reply[] {health, listed}) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                assertThat(reply.field("/code")).isEqualTo("validation_failed");
                assertThat(reply.field("/requestId")).hasSize(36);
            }
        }
    }

    /**
     * Tomcat refuses these (a NUL or an encoded slash in the path, headers over the 16 KB limit) before Spring
     * sees them; the answer is still the suite's problem, not an HTML page.
     */
    @Test
    void whatTheServletContainerRefusesIsAProblemToo() {
        String token = TestTokens.access(UUID.randomUUID(), "OWNER");
        Api.Reply nul = api().get("/api/v1/x%00y").token(token).send();
        Api.Reply slash = api().get("/api/v1/a%2Fb").token(token).send();
        Api.Reply bigHeader = api().get(apiPath())
                .token(token)
                .header("X-Padding", "p".repeat(32 * 1024))
                .send();

        for (Api.Reply reply : new Api.Reply[] {nul, slash, bigHeader}) {
            assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
            assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
            assertThat(reply.header("X-Content-Type-Options"))
                    .as(reply.toString())
                    .isEqualTo("nosniff");
            assertThat(reply.header("Cache-Control")).as(reply.toString()).contains("no-store");
            assertThat(reply.field("/status")).isEqualTo(String.valueOf(reply.status()));
            assertThat(reply.field("/code")).isNotBlank();
            assertThat(reply.field("/type")).isEqualTo("urn:finsuite:problem:" + reply.field("/code"));
        }
    }

    /** Answered before any handler runs, so nothing is done for a client that cannot read the answer. */
    @Test
    void anUnacceptableAcceptIsA406Problem() {
        String token = TestTokens.access(UUID.randomUUID(), "OWNER");
        Api.Reply json = api().get(apiPath()).token(token).send();
        Api.Reply xml = api().get(apiPath())
                .token(token)
                .header("Accept", "application/xml")
                .send();

        // Where the API base serves no GET there is no handler, so nothing to negotiate: it stays a 404 or 405.
        boolean noHandler =
                json.status() == 404 && "No such resource".equals(json.field("/detail")) || json.status() == 405;
        assertThat(xml.status()).as(xml.toString()).isEqualTo(noHandler ? json.status() : 406);
        assertThat(xml.header("Content-Type")).startsWith("application/problem+json");
        assertThat(xml.field("/code")).isEqualTo(noHandler ? json.field("/code") : "not_acceptable");
    }
}
