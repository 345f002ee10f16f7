package dev.finsuite.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.config.RedisUrl;
import dev.finsuite.common.testsupport.TestInfrastructure;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The limiter itself against a real Redis: replicas share one bucket; with Redis gone each instance limits
 * on its own; once Redis is back the buckets are shared again. A real redis-server is started for the last.
 */
class SharedBucketsTests {

    private static final int DATABASE = 13;

    @Test
    void twoInstancesOnOneRedisDrawOnTheSameBudget() {
        RedisURI redis = testRedis();
        try (RateLimiters first = limiters(redis, "4/min", Duration.ofSeconds(5));
                RateLimiters second = limiters(redis, "4/min", Duration.ofSeconds(5))) {
            UUID tenant = UUID.randomUUID();
            UUID user = UUID.randomUUID();
            awaitShared(first, redis);
            awaitShared(second, redis);

            int allowed = 0;
            for (int i = 0; i < 8; i++) {
                RateLimiter instance = (i % 2 == 0 ? first : second).limiter();
                allowed += instance.consume(tenant, user, RouteClass.READS).allowed() ? 1 : 0;
            }

            assertThat(allowed).as("requests allowed across both instances").isEqualTo(4);
        }
    }

    @Test
    void withoutRedisAnInstanceStillLimitsOnItsOwnAndAnswersQuickly() throws IOException {
        RedisURI nowhere = RedisURI.create("127.0.0.1", freePort());
        try (RateLimiters limiters = limiters(nowhere, "3/min", Duration.ofSeconds(5))) {
            UUID tenant = UUID.randomUUID();
            UUID user = UUID.randomUUID();

            long started = System.nanoTime();
            List<Boolean> allowed = java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> limiters.limiter()
                            .consume(tenant, user, RouteClass.READS)
                            .allowed())
                    .toList();

            assertThat(allowed).containsExactly(true, true, true, false, false);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void bucketsAreSharedAgainOnceRedisIsBack() throws Exception {
        int port = freePort();
        RedisURI redis = RedisURI.builder()
                .withHost("127.0.0.1")
                .withPort(port)
                .withDatabase(0)
                .build();
        try (RateLimiters limiters = limiters(redis, "100/min", Duration.ofMillis(200))) {
            UUID tenant = UUID.randomUUID();
            UUID user = UUID.randomUUID();
            assertThat(limiters.limiter()
                            .consume(tenant, user, RouteClass.WRITES)
                            .allowed())
                    .isTrue();

            Process server = startRedis(port);
            try {
                String key = "shared-test:ratelimit:" + tenant + ":user:" + user + ":writes";
                Awaitility.await("the bucket is in the restarted Redis")
                        .atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> {
                            assertThat(limiters.limiter()
                                            .consume(tenant, user, RouteClass.WRITES)
                                            .allowed())
                                    .isTrue();
                            return exists(redis, key);
                        });
            } finally {
                server.destroy();
                server.waitFor(10, TimeUnit.SECONDS);
            }
            // and down again: still an answer, never an error
            assertThat(limiters.limiter()
                            .consume(tenant, user, RouteClass.WRITES)
                            .allowed())
                    .isTrue();
        }
    }

    private static RateLimiters limiters(RedisURI redis, String userBudget, Duration timeout) {
        Map<String, String> user =
                Map.of("reads", userBudget, "writes", userBudget, "exports", userBudget, "imports", userBudget);
        Map<String, String> tenant =
                Map.of("reads", "1000/min", "writes", "1000/min", "exports", "1000/min", "imports", "1000/min");
        RateLimitProperties properties =
                new RateLimitProperties(true, timeout, Duration.ofMillis(200), user, tenant, List.of(), List.of());
        return RateLimiters.create(properties, redis, null, "shared-test");
    }

    private static RedisURI testRedis() {
        RedisUrl url = TestInfrastructure.redis(DATABASE);
        assertThat(TestInfrastructure.reachableForTests(url.host(), url.port()))
                .as("Redis must run at %s:%d for this test (see README.md)", url.host(), url.port())
                .isTrue();
        RedisURI.Builder uri =
                RedisURI.builder().withHost(url.host()).withPort(url.port()).withDatabase(url.database());
        if (url.password() != null) {
            uri.withPassword(url.password().toCharArray());
        }
        return uri.build();
    }

    /** The first ask may find the connection still being made; wait until asks reach Redis. */
    private static void awaitShared(RateLimiters limiters, RedisURI redis) {
        UUID probeTenant = UUID.randomUUID();
        UUID probeUser = UUID.randomUUID();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            limiters.limiter().consume(probeTenant, probeUser, RouteClass.IMPORTS);
            if (exists(redis, "shared-test:ratelimit:" + probeTenant + ":imports")) {
                return;
            }
        }
        throw new AssertionError("the limiter never reached Redis at " + redis);
    }

    private static boolean exists(RedisURI redis, String key) {
        RedisClient client = RedisClient.create(redis);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().exists(key) == 1;
        } catch (RuntimeException e) {
            return false;
        } finally {
            client.shutdown();
        }
    }

    private static Process startRedis(int port) throws IOException {
        Path dir = Files.createTempDirectory("ratelimit-redis");
        return new ProcessBuilder(
                        "redis-server",
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
