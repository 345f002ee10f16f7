package dev.finsuite.common.autoconfigure;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
import org.springframework.context.annotation.Bean;
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

    @Bean
    RedisCacheManager cacheManager(RedisConnectionFactory connectionFactory,
            @Value("${finsuite.cache.prefix:${spring.application.name:app}}") String service,
            @Value("${finsuite.cache.ttl:10m}") Duration ttl) {
        RedisCacheConfiguration configuration = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(ttl)
                .computePrefixWith(new TenantCacheKeyPrefix(service))
                .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(RedisSerializer.json()));
        return RedisCacheManager.builder(connectionFactory).cacheDefaults(configuration).build();
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler("dev.finsuite.cache", false);
    }
}
