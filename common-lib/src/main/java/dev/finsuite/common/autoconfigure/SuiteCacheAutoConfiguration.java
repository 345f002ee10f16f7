package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.cache.CachedValue;
import dev.finsuite.common.cache.TenantCacheKeyPrefix;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Redis cache that is only ever a shortcut: a failing Redis is logged and skipped, and the cached method
 * simply runs, so a service keeps answering (slower) while Redis is down.
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@EnableCaching
public class SuiteCacheAutoConfiguration implements CachingConfigurer {

    /**
     * Each cache stores JSON of the one type its {@link CachedValue} declares. Clearing a tenant's cache walks
     * its keys with SCAN in batches: Spring's default, KEYS, blocks Redis for every client while it reads the
     * whole database. Writes and clears are done before the call returns (Spring Data's default runs them in the
     * background), so an answer read right after a write's commit never comes from the cache's old entry.
     * {@code finsuite.cache.ttls.<cache>} gives one cache its own time to live.
     */
    @Bean
    RedisCacheManager cacheManager(
            RedisConnectionFactory connectionFactory,
            Environment environment,
            ObjectProvider<CachedValue> declared,
            @Value("${finsuite.cache.prefix:${spring.application.name:app}}") String service,
            @Value("${finsuite.cache.ttl:10m}") Duration ttl) {
        RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(ttl)
                .disableCachingNullValues()
                .computePrefixWith(new TenantCacheKeyPrefix(service));
        Map<String, Duration> ttls = Binder.get(environment)
                .bind("finsuite.cache.ttls", Bindable.mapOf(String.class, Duration.class))
                .orElse(Map.of());
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        RedisCacheManager.RedisCacheManagerBuilder builder = RedisCacheManager.builder(RedisCacheWriter.create(
                        connectionFactory,
                        writer ->
                                writer.batchStrategy(BatchStrategies.scan(500)).immediateWrites()))
                .cacheDefaults(defaults)
                .disableCreateOnMissingCache();
        declared.orderedStream()
                .forEach(value -> builder.withCacheConfiguration(
                        value.cache(),
                        defaults.entryTtl(ttls.getOrDefault(value.cache(), ttl))
                                .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(
                                        new JacksonJsonRedisSerializer<>(json, value.type())))));
        return builder.build();
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler("dev.finsuite.cache", false);
    }
}
