package dev.finsuite.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.common.testsupport.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Budgets over real HTTP and a real Redis: one tenant flooding is refused, everyone else carries on. */
@SpringBootTest(
        classes = LimitedApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=ratelimit-test",
            "finsuite.database.role=finsuite_finance",
            "finsuite.cache.prefix=ratelimit-test",
            "finsuite.rate-limits.redis-timeout=2s",
            "finsuite.rate-limits.user.reads=5/min",
            "finsuite.rate-limits.tenant.reads=8/min",
            "finsuite.rate-limits.user.writes=3/min",
            "finsuite.rate-limits.user.exports=2/min"
        })
class RateLimitApiTests {

    private static final JwtTokens SIGNER = TestTokens.signer(java.time.Clock.systemUTC());

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, 13);
    }

    @Test
    void aFloodingUserIsRefusedWithAProblemAndWhenToComeBack() {
        UUID tenant = UUID.randomUUID();
        String token = token(tenant, UUID.randomUUID());

        List<Api.Reply> replies = readsUntilRefused(token, 10);

        assertThat(replies).hasSize(6);
        assertThat(replies.subList(0, 5))
                .allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
        Api.Reply refused = replies.get(5);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.field("/code")).isEqualTo("rate_limited");
        assertThat(refused.field("/type")).isEqualTo("urn:finsuite:problem:rate_limited");
        assertThat(refused.field("/status")).isEqualTo("429");
        // 5 a minute: the next request is back 12 s after the first was spent
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 12L);
        assertThat(refused.header("RateLimit")).contains("\"user-reads\";r=0;");
    }

    @Test
    void everyLimitedResponseSaysWhatRemainsAndThePolicy() {
        UUID tenant = UUID.randomUUID();
        Api.Reply first = api().get("/api/v1/things")
                .token(token(tenant, UUID.randomUUID()))
                .send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("RateLimit-Policy")).isEqualTo("\"tenant-reads\";q=8;w=60, \"user-reads\";q=5;w=60");
        assertThat(first.header("RateLimit")).matches("\"tenant-reads\";r=7;t=\\d+, \"user-reads\";r=4;t=\\d+");
    }

    @Test
    void anotherTenantIsUnaffectedByAFloodingOne() {
        String flooder = token(UUID.randomUUID(), UUID.randomUUID());
        assertThat(last(readsUntilRefused(flooder, 10)).status()).isEqualTo(429);

        Api.Reply other = api().get("/api/v1/things")
                .token(token(UUID.randomUUID(), UUID.randomUUID()))
                .send();

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("RateLimit")).contains("\"user-reads\";r=4;");
    }

    @Test
    void spentReadsLeaveTheSameUsersWritesAndExportsAlone() {
        String token = token(UUID.randomUUID(), UUID.randomUUID());
        assertThat(last(readsUntilRefused(token, 10)).status()).isEqualTo(429);

        Api.Reply write = api().post("/api/v1/things", "{}").token(token).send();
        Api.Reply export =
                api().post("/api/v1/exports/things", "{}").token(token).send();

        assertThat(write.status()).isEqualTo(201);
        assertThat(write.header("RateLimit-Policy")).contains("\"user-writes\";q=3;w=60");
        assertThat(export.status()).isEqualTo(202);
        assertThat(export.header("RateLimit-Policy")).contains("\"user-exports\";q=2;w=60");
    }

    @Test
    void theTenantsBudgetBindsAllItsUsersTogether() {
        UUID tenant = UUID.randomUUID();
        assertThat(readsUntilRefused(token(tenant, UUID.randomUUID()), 10)).hasSize(6);

        // the tenant had 8: the first user took 5, a second user gets the remaining 3
        List<Api.Reply> second = readsUntilRefused(token(tenant, UUID.randomUUID()), 10);

        assertThat(second).hasSize(4);
        assertThat(last(second).status()).isEqualTo(429);
        assertThat(last(second).header("RateLimit")).contains("\"tenant-reads\";r=0;");
    }

    @Test
    void bucketsLiveInRedisUnderTheServiceAndTenantWithAnExpiry() {
        UUID tenant = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        api().get("/api/v1/things").token(token(tenant, user)).send();

        String tenantKey = "ratelimit-test:ratelimit:" + tenant + ":reads";
        String userKey = "ratelimit-test:ratelimit:" + tenant + ":user:" + user + ":reads";
        assertThat(redis.hasKey(tenantKey)).isTrue();
        assertThat(redis.hasKey(userKey)).isTrue();
        assertThat(redis.getExpire(userKey)).isBetween(1L, Duration.ofMinutes(2).toSeconds());
    }

    @Test
    void unauthenticatedRequestsAreLeftToTheGateway() {
        Api.Reply anonymous = api().get("/api/v1/things").send();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("RateLimit")).isNull();
    }

    private List<Api.Reply> readsUntilRefused(String token, int atMost) {
        List<Api.Reply> replies = new java.util.ArrayList<>();
        for (int i = 0; i < atMost; i++) {
            Api.Reply reply = api().get("/api/v1/things").token(token).send();
            replies.add(reply);
            if (reply.status() == 429) {
                break;
            }
        }
        return replies;
    }

    private static Api.Reply last(List<Api.Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    private static String token(UUID tenant, UUID user) {
        return SIGNER.issueAccess(user, tenant, List.of("MEMBER"), UUID.randomUUID())
                .value();
    }

    private Api api() {
        return new Api(port);
    }
}
