package dev.finsuite.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.common.testsupport.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A service whose Redis is gone (nothing listens on its port) still answers, and still limits. */
@SpringBootTest(
        classes = LimitedApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=ratelimit-test",
            "finsuite.database.role=finsuite_finance",
            "finsuite.rate-limits.user.reads=3/min"
        })
class RateLimitWithoutRedisTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
        TestInfrastructure.register(registry, 13);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int nowhere = closed;
        registry.add("spring.data.redis.port", () -> nowhere);
    }

    @Test
    void aFloodIsStillRefusedFromThisInstancesOwnBuckets() {
        String token = TestTokens.signer(java.time.Clock.systemUTC())
                .issueAccess(UUID.randomUUID(), UUID.randomUUID(), List.of("MEMBER"), UUID.randomUUID())
                .value();

        List<Integer> statuses = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i ->
                        new Api(port).get("/api/v1/things").token(token).send().status())
                .toList();

        // (how fast the fallback answers is SharedBucketsTests' concern, free of a loaded machine's HTTP)
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    }
}
