package dev.finsuite.common.ratelimit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/**
 * Makes a {@link RateLimiter} and owns its Redis client. The client is the limiter's own, not the cache's:
 * it refuses commands while disconnected instead of queueing them, so a Redis outage costs a request
 * nothing but the fallback.
 */
public final class RateLimiters implements AutoCloseable {

    /**
     * Bounds connecting (in the background) and any command Lettuce still holds; a request itself waits only
     * {@code finsuite.rate-limits.redis-timeout} before it falls back.
     */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    private final RateLimiter limiter;
    private final RedisBuckets shared;

    private RateLimiters(RateLimiter limiter, RedisBuckets shared) {
        this.limiter = limiter;
        this.shared = shared;
    }

    public static RateLimiters onRedis(
            RateLimitProperties properties,
            DataRedisConnectionDetails redis,
            boolean ssl,
            ClientResources resources,
            String service) {
        DataRedisConnectionDetails.Standalone server = redis.getStandalone();
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(server.getHost())
                .withPort(server.getPort())
                .withDatabase(server.getDatabase())
                .withSsl(ssl)
                .withTimeout(CONNECTION_TIMEOUT);
        if (redis.getPassword() != null) {
            if (redis.getUsername() != null) {
                uri.withAuthentication(redis.getUsername(), redis.getPassword());
            } else {
                uri.withPassword(redis.getPassword().toCharArray());
            }
        }
        return create(properties, uri.build(), resources, service);
    }

    public static RateLimiters create(
            RateLimitProperties properties, RedisURI uri, ClientResources resources, String service) {
        RedisClient client = resources == null ? RedisClient.create() : RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(CONNECTION_TIMEOUT))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(CONNECTION_TIMEOUT)
                        .build())
                .build());
        RedisBuckets shared = new RedisBuckets(client, uri, properties.redisTimeout(), properties.redisRetry());
        RateLimiter limiter = new RateLimiter(service, properties.userBudgets(), properties.tenantBudgets(), shared);
        return new RateLimiters(limiter, shared);
    }

    public RateLimiter limiter() {
        return limiter;
    }

    @Override
    public void close() {
        shared.close();
    }
}
