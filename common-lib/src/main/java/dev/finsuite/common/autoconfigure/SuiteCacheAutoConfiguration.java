package dev.finsuite.common.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;

import dev.finsuite.common.cache.TenantCacheKeyPrefix;

/**
 * A Redis cache that is only ever a shortcut: a failing Redis is logged and skipped, and the cached method
 * simply runs, so a service keeps answering (slower) while Redis is down.
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@EnableCaching
public class SuiteCacheAutoConfiguration implements CachingConfigurer {

    /**
     * Values are Java-serialised (cached types implement Serializable): unlike untyped JSON, a record comes
     * back as itself. {@code finsuite.cache.ttls.<cache>} gives one cache its own time to live.
     */
    @Bean
    RedisCacheManager cacheManager(RedisConnectionFactory connectionFactory, Environment environment,
            @Value("${finsuite.cache.prefix:${spring.application.name:app}}") String service,
            @Value("${finsuite.cache.ttl:10m}") Duration ttl) {
        RedisCacheConfiguration configuration = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(ttl)
                .computePrefixWith(new TenantCacheKeyPrefix(service))
                .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(
                        RedisSerializer.java(getClass().getClassLoader())));
        Map<String, Duration> ttls = Binder.get(environment)
                .bind("finsuite.cache.ttls", Bindable.mapOf(String.class, Duration.class)).orElse(Map.of());
        RedisCacheManager.RedisCacheManagerBuilder builder = RedisCacheManager.builder(connectionFactory)
                .cacheDefaults(configuration);
        ttls.forEach((cache, cacheTtl) -> builder.withCacheConfiguration(cache, configuration.entryTtl(cacheTtl)));
        return builder.build();
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler("dev.finsuite.cache", false);
    }
}
