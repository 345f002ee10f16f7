package dev.finsuite.common.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.convert.DurationStyle;

/**
 * So many requests per period, written as operators write it: {@code 600/min}, {@code 10/s}, {@code 5000/h},
 * {@code 100/30s}. The bucket refills steadily (greedy), so a client that spends its budget gets a request
 * back every {@code period / requests}, not a cliff at the end of a window.
 */
public record Budget(long requests, Duration period) {

    private static final Map<String, Duration> UNITS = Map.of(
            "s",
            Duration.ofSeconds(1),
            "sec",
            Duration.ofSeconds(1),
            "second",
            Duration.ofSeconds(1),
            "min",
            Duration.ofMinutes(1),
            "minute",
            Duration.ofMinutes(1),
            "h",
            Duration.ofHours(1),
            "hour",
            Duration.ofHours(1),
            "d",
            Duration.ofDays(1),
            "day",
            Duration.ofDays(1));

    public Budget {
        if (requests < 1) {
            throw new IllegalArgumentException("a budget allows at least one request, not " + requests);
        }
        if (period.isNegative() || period.isZero() || period.toMillis() < 1) {
            throw new IllegalArgumentException("a budget's period is at least a millisecond, not " + period);
        }
    }

    public static Budget parse(String text) {
        String[] parts = text.trim().split("\\s*/\\s*", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a budget reads like 600/min, not '" + text + "'");
        }
        long requests;
        try {
            requests = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a budget reads like 600/min, not '" + text + "'", e);
        }
        String unit = parts[1].toLowerCase(Locale.ROOT);
        Duration period = UNITS.get(unit);
        return new Budget(requests, period != null ? period : DurationStyle.detectAndParse(unit));
    }

    /** The window of the IETF {@code RateLimit-Policy} header, in whole seconds (at least one). */
    public long windowSeconds() {
        return Math.max(1, (period.toMillis() + 999) / 1000);
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder()
                .capacity(requests)
                .refillGreedy(requests, period)
                .build();
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }

    CompletableFuture<BucketConfiguration> bucketAsync() {
        return CompletableFuture.completedFuture(bucket());
    }

    @Override
    public String toString() {
        return requests + "/" + DurationStyle.SIMPLE.print(period);
    }
}
