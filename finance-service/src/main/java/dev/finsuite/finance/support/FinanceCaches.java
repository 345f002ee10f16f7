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
 */
@Component
public class FinanceCaches {

    public static final String SUMMARIES = "summaries";
    public static final String CATEGORIES = "categories";

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
            try {
                Cache cache = caches.getCache(name);
                if (cache != null) {
                    cache.clear();
                }
            } catch (RuntimeException redisDown) {
                log.warn("Could not clear cache {}: {}", name, redisDown.toString());
            }
        }
    }
}
