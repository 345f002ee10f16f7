package dev.finsuite.common.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the limiter said about one request: every quota it was charged against, and how each one stands. */
public record Decision(RouteClass routeClass, List<Use> uses) {

    /** A quota and the state of its bucket just after this request was counted (or refused). */
    public record Use(Quota quota, ConsumptionProbe probe) {

        /** Whole seconds until this bucket is full again: the {@code t} of the {@code RateLimit} header. */
        long secondsToReset() {
            return ceilSeconds(probe.getNanosToWaitForReset());
        }
    }

    public boolean allowed() {
        return uses.stream().allMatch(use -> use.probe().isConsumed());
    }

    /** When a refused request may come back: the longest wait of the buckets that refused it, at least a second. */
    public long retryAfterSeconds() {
        long nanos = uses.stream()
                .filter(use -> !use.probe().isConsumed())
                .mapToLong(use -> use.probe().getNanosToWaitForRefill())
                .max()
                .orElse(0);
        return Math.max(1, ceilSeconds(nanos));
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
