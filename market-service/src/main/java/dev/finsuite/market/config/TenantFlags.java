package dev.finsuite.market.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers, per tenant and for a few seconds, a yes/no fact that is expensive to ask on every request,
 * such as "has this tenant recorded any rates of its own?". Most tenants never do, so their conversions skip
 * the database entirely. A write on this replica forgets the answer at once and again on commit; other
 * replicas learn within the time to live (a few seconds).
 */
public class TenantFlags {

    private final LoadingCache<UUID, Boolean> answers;

    public TenantFlags(Duration timeToLive, Predicate<UUID> ask) {
        this.answers = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(timeToLive)
                .build(ask::test);
    }

    public boolean isSet(UUID tenant) {
        return answers.get(tenant);
    }

    /**
     * Forgets now and again once the surrounding transaction commits, so a request that read the old state in
     * between cannot keep it.
     */
    public void forget(UUID tenant) {
        answers.invalidate(tenant);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    answers.invalidate(tenant);
                }
            });
        }
    }
}
