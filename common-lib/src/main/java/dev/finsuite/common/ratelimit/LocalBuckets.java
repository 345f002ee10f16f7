package dev.finsuite.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.List;

/**
 * This instance's own buckets, used while Redis cannot answer: limits still hold per replica (never an error,
 * never unlimited), only they are no longer shared. Idle buckets are forgotten after an hour.
 */
final class LocalBuckets {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** A request refused by one bucket takes nothing from the others. */
    List<ConsumptionProbe> tryConsume(List<Quota> quotas) {
        List<Bucket> chosen = quotas.stream()
                .map(quota -> buckets.get(
                        quota.key(),
                        key -> Bucket.builder()
                                .addLimit(quota.budget().bandwidth())
                                .build()))
                .toList();
        List<ConsumptionProbe> probes = chosen.stream()
                .map(bucket -> bucket.tryConsumeAndReturnRemaining(1))
                .toList();
        if (!probes.stream().allMatch(ConsumptionProbe::isConsumed)) {
            for (int i = 0; i < chosen.size(); i++) {
                if (probes.get(i).isConsumed()) {
                    chosen.get(i).addTokens(1);
                }
            }
        }
        return probes;
    }
}
