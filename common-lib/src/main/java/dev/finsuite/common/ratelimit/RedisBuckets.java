package dev.finsuite.common.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets kept in Redis, so every replica of a service draws on the same budget. Asks are asynchronous and
 * bounded by a short timeout; a failure answers {@code null} and pauses Redis for a while, during which the
 * caller uses its local buckets. The connection is made in the background, again after a failed attempt, and
 * Lettuce reconnects a dropped one by itself, so the limiter returns to Redis once Redis is back.
 */
final class RedisBuckets implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisBuckets.class);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    /** A bucket outlives the time it takes to refill by this much, then Redis expires it. */
    private static final Duration KEEP_FULL_BUCKET = Duration.ofSeconds(10);

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration timeout;
    private final Duration pauseAfterFailure;
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile AsyncProxyManager<String> buckets;
    private volatile long pausedUntilNanos;
    private volatile boolean degraded;
    private boolean connecting;

    RedisBuckets(RedisClient client, RedisURI uri, Duration timeout, Duration pauseAfterFailure) {
        this.client = client;
        this.uri = uri;
        this.timeout = timeout;
        this.pauseAfterFailure = pauseAfterFailure;
        connectInBackground();
    }

    /**
     * Counts one request against each quota in Redis, all asks in flight at once; {@code null} when Redis
     * did not answer all of them within the timeout (or is paused), so the caller falls back.
     */
    List<ConsumptionProbe> tryConsume(List<Quota> quotas) {
        AsyncProxyManager<String> shared = usable();
        if (shared == null) {
            return null;
        }
        List<CompletableFuture<ConsumptionProbe>> asks = quotas.stream()
                .map(quota -> shared.builder()
                        .build(quota.key(), quota.budget()::bucketAsync)
                        .tryConsumeAndReturnRemaining(1))
                .toList();
        try {
            CompletableFuture.allOf(asks.toArray(CompletableFuture[]::new))
                    .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            failed(e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (degraded) {
            degraded = false;
            log.info("Rate limits are shared through Redis again");
        }
        List<ConsumptionProbe> probes =
                asks.stream().map(CompletableFuture::join).toList();
        refundIfRefused(shared, quotas, probes);
        return probes;
    }

    /**
     * Both buckets are asked at once to keep the happy path to one wait; when one refuses, the request is not
     * served, so the token the other one took is given back (off the request's path).
     */
    private static void refundIfRefused(
            AsyncProxyManager<String> shared, List<Quota> quotas, List<ConsumptionProbe> probes) {
        if (probes.stream().allMatch(ConsumptionProbe::isConsumed)) {
            return;
        }
        for (int i = 0; i < quotas.size(); i++) {
            if (probes.get(i).isConsumed()) {
                Quota quota = quotas.get(i);
                shared.builder().build(quota.key(), quota.budget()::bucketAsync).addTokens(1);
            }
        }
    }

    private AsyncProxyManager<String> usable() {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return null;
        }
        AsyncProxyManager<String> shared = buckets;
        if (shared == null) {
            connectInBackground();
        }
        return shared;
    }

    private void failed(Throwable cause) {
        pausedUntilNanos = System.nanoTime() + pauseAfterFailure.toNanos();
        if (!degraded) {
            degraded = true;
            log.warn(
                    "Redis did not answer the rate limiter ({}); using this instance's own buckets for {}",
                    describe(cause),
                    pauseAfterFailure);
        }
    }

    private synchronized void connectInBackground() {
        if (connecting || buckets != null) {
            return;
        }
        connecting = true;
        client.connectAsync(CODEC, uri).whenComplete((opened, error) -> connected(opened, error));
    }

    private synchronized void connected(StatefulRedisConnection<String, byte[]> opened, Throwable error) {
        connecting = false;
        if (error != null) {
            failed(error);
            return;
        }
        connection = opened;
        buckets = Bucket4jLettuce.casBasedBuilder(opened)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKET))
                .build()
                .asAsync();
    }

    private static String describe(Throwable cause) {
        if (cause instanceof TimeoutException) {
            return "no answer within the timeout";
        }
        StringBuilder text = new StringBuilder();
        for (Throwable step = cause; step != null; step = step.getCause() == step ? null : step.getCause()) {
            if (!(step instanceof ExecutionException || step instanceof java.util.concurrent.CompletionException)) {
                text.append(text.isEmpty() ? "" : " <- ")
                        .append(step.getClass().getSimpleName())
                        .append(": ")
                        .append(step.getMessage());
            }
        }
        return text.toString();
    }

    @Override
    public synchronized void close() {
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
