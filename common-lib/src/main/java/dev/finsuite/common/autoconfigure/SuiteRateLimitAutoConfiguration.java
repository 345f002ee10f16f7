package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.ratelimit.RateLimitFilter;
import dev.finsuite.common.ratelimit.RateLimitProperties;
import dev.finsuite.common.ratelimit.RateLimiter;
import dev.finsuite.common.ratelimit.RateLimiters;
import dev.finsuite.common.ratelimit.RouteClassifier;
import io.lettuce.core.resource.ClientResources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Per-tenant and per-user request budgets on every service's API, in Redis buckets shared by the replicas.
 * {@code finsuite.rate-limits.enabled=false} turns them off (a benchmark, say).
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "finsuite.rate-limits", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RateLimitProperties.class)
public class SuiteRateLimitAutoConfiguration {

    @Bean(destroyMethod = "close")
    RateLimiters rateLimiters(
            RateLimitProperties properties,
            DataRedisConnectionDetails redis,
            @Value("${spring.data.redis.ssl.enabled:false}") boolean ssl,
            ObjectProvider<ClientResources> clientResources,
            @Value("${finsuite.cache.prefix:${spring.application.name:app}}") String service) {
        return RateLimiters.onRedis(properties, redis, ssl, clientResources.getIfAvailable(), service);
    }

    @Bean
    RateLimiter rateLimiter(RateLimiters limiters) {
        return limiters.limiter();
    }

    /** Right after Spring Security's filter chain, so the caller is known and a 401 or 403 is never counted. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, RateLimitProperties properties) {
        RouteClassifier classifier = new RouteClassifier(properties.exportRoutes(), properties.importRoutes());
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, classifier));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
