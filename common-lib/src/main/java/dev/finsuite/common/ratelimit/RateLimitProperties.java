package dev.finsuite.common.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code finsuite.rate-limits.*}: a budget per route class for each user and, larger, for each tenant (the
 * household as a whole). Defaults live in finsuite-defaults.yml; environment variables such as
 * {@code FINSUITE_RATELIMITS_USER_READS=600/min} override them.
 *
 * @param redisTimeout      how long a request waits for Redis before using the local bucket instead
 * @param redisRetry        how long the limiter stays on local buckets after Redis failed, before trying again
 */
@ConfigurationProperties("finsuite.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("150ms") Duration redisTimeout,
        @DefaultValue("5s") Duration redisRetry,
        Map<String, String> user,
        Map<String, String> tenant,
        List<String> exportRoutes,
        List<String> importRoutes) {

    public RateLimitProperties {
        user = user == null ? Map.of() : user;
        tenant = tenant == null ? Map.of() : tenant;
        exportRoutes = exportRoutes == null ? List.of() : exportRoutes;
        importRoutes = importRoutes == null ? List.of() : importRoutes;
    }

    public Map<RouteClass, Budget> userBudgets() {
        return budgets(user, "user");
    }

    public Map<RouteClass, Budget> tenantBudgets() {
        return budgets(tenant, "tenant");
    }

    /** Every class needs a budget: a missing one would mean unlimited, which is never what an operator meant. */
    private static Map<RouteClass, Budget> budgets(Map<String, String> configured, String scope) {
        Map<RouteClass, Budget> budgets = new EnumMap<>(RouteClass.class);
        for (RouteClass routeClass : RouteClass.values()) {
            String value = configured.get(routeClass.label());
            if (value == null) {
                throw new IllegalStateException(
                        "finsuite.rate-limits." + scope + "." + routeClass.label() + " is not set (e.g. 600/min)");
            }
            budgets.put(routeClass, Budget.parse(value));
        }
        return budgets;
    }
}
