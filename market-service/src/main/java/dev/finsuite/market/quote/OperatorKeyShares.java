package dev.finsuite.market.quote;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Each tenant's share of the operator's provider key ({@code ALPHAVANTAGE_API_KEY}), which every tenant without
 * a key of its own borrows. The provider limits the key per minute and per day for all of them together, and
 * answers a throttled call with a failure that opens the key's breaker for everybody; so no tenant may spend more
 * than {@code market.quotes.operator-key-share.per-minute} / {@code per-day} calls of it (cache misses only;
 * cached answers cost nothing). Beyond that its lookups get the last stored price or a 429, while the others'
 * still reach the provider.
 *
 * <p>Counted in Redis ({@code market:<tenant>:operator-key:<provider>:<window>}, expiring with the window), so
 * replicas share the count; each replica also counts in its own memory and takes the larger, so while Redis is
 * down a tenant has at worst its share once per replica.
 */
@Component
class OperatorKeyShares {

    private static final Logger log = LoggerFactory.getLogger(OperatorKeyShares.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final MeterRegistry meters;
    private final int perMinute;
    private final int perDay;
    private final Cache<String, AtomicLong> local = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(2))
            .build();

    OperatorKeyShares(
            StringRedisTemplate redis,
            Clock clock,
            MeterRegistry meters,
            @Value("${market.quotes.operator-key-share.per-minute:2}") int perMinute,
            @Value("${market.quotes.operator-key-share.per-day:10}") int perDay) {
        if (perMinute < 1 || perDay < 1) {
            throw new IllegalArgumentException(
                    "market.quotes.operator-key-share.per-minute and per-day must be at least 1");
        }
        this.redis = redis;
        this.clock = clock;
        this.meters = meters;
        this.perMinute = perMinute;
        this.perDay = perDay;
    }

    /** Takes one call of the operator's {@code provider} key for {@code tenant}, or throws {@link OperatorShareUsed}. */
    void take(UUID tenant, String provider) {
        Instant now = clock.instant();
        String prefix = "market:" + tenant + ":operator-key:" + provider;
        long day = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        long untilTomorrow = Duration.between(
                                now,
                                LocalDate.ofEpochDay(day + 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                        .toSeconds()
                + 1;
        if (count(prefix + ":day:" + day, Duration.ofDays(2)) > perDay) {
            refused(provider, "day");
            throw new OperatorShareUsed(provider, "day", untilTomorrow);
        }
        long minute = now.getEpochSecond() / 60;
        if (count(prefix + ":minute:" + minute, Duration.ofMinutes(2)) > perMinute) {
            refused(provider, "minute");
            throw new OperatorShareUsed(provider, "minute", (minute + 1) * 60 - now.getEpochSecond());
        }
    }

    /**
     * The calls counted in this window: Redis's count (all replicas), but never less than this replica's own,
     * which is kept too; so a call Redis missed while it failed still counts when it answers again.
     */
    private long count(String key, Duration ttl) {
        long here = local.get(key, unused -> new AtomicLong()).incrementAndGet();
        try {
            Long count = redis.opsForValue().increment(key);
            if (count != null && count == 1) {
                redis.expire(key, ttl);
            }
            return count == null ? here : Math.max(count, here);
        } catch (RuntimeException redisDown) {
            log.debug("Counting the operator key's use in memory, Redis failed: {}", redisDown.toString());
            return here;
        }
    }

    private void refused(String provider, String window) {
        meters.counter("market.operator_key.share_used", "provider", provider, "window", window)
                .increment();
    }
}
