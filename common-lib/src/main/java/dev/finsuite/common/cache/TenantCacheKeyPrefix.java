package dev.finsuite.common.cache;

import dev.finsuite.common.tenant.TenantContext;
import java.util.UUID;
import org.springframework.data.redis.cache.CacheKeyPrefix;

/**
 * Prefixes every cache key with the service and the current tenant ({@code finance:<tenant>:summaries::…}),
 * so one tenant's cached answer can never be served to another, whatever the cache key itself says.
 */
public class TenantCacheKeyPrefix implements CacheKeyPrefix {

    private final String service;

    public TenantCacheKeyPrefix(String service) {
        this.service = service;
    }

    @Override
    public String compute(String cacheName) {
        String tenant = TenantContext.current().map(UUID::toString).orElse("global");
        return service + ":" + tenant + ":" + cacheName + "::";
    }
}
