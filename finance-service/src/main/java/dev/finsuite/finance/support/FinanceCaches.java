package dev.finsuite.finance.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgets a tenant's cached answers after a write commits (the cache prefix carries the tenant, so clearing a
 * cache clears only the current tenant's entries). Evicting after commit means no reader can re-cache the old
 * state from a transaction that has not finished; a failing Redis is logged, never fails the write.
 * {@link Cache#invalidate()} rather than {@code clear()}: it promises the entries are gone when it returns.
 * <p>
 * A command that times out on a busy machine is not a Redis that is down: an eviction that fails is tried
 * again once, because a lost eviction would serve the old answer until the entry's time to live ends.
 */
@Component
public class FinanceCaches {

    public static final String SUMMARIES = "summaries";
    public static final String CATEGORIES = "categories";

    /** Each try waits at most Redis's command timeout, so a Redis that is really down costs one timeout more. */
    private static final int ATTEMPTS = 2;

    private static final Logger log = LoggerFactory.getLogger(FinanceCaches.class);

    private final CacheManager caches;

    FinanceCaches(CacheManager caches) {
        this.caches = caches;
    }

    /** Money moved or was reclassified: summaries change. */
    public void moneyChanged() {
        clearAfterCommit(SUMMARIES);
    }

    /** A category changed: lists and the names in summaries change. */
    public void categoriesChanged() {
        clearAfterCommit(CATEGORIES, SUMMARIES);
    }

    private void clearAfterCommit(String... names) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear(names);
                }
            });
        } else {
            clear(names);
        }
    }

    private void clear(String... names) {
        for (String name : names) {
            Cache cache = caches.getCache(name);
            if (cache != null) {
                clearWithRetries(name, cache);
            }
        }
    }

    private static void clearWithRetries(String name, Cache cache) {
        for (int attempt = 1; ; attempt++) {
            try {
                cache.invalidate();
                return;
            } catch (RuntimeException failed) {
                if (attempt == ATTEMPTS) {
                    log.warn("Could not clear cache {} after {} attempts: {}", name, ATTEMPTS, failed.toString());
                    return;
                }
            }
        }
    }
}
