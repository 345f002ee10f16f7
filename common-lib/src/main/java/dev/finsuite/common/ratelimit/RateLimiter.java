package dev.finsuite.common.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Charges a request to its tenant's and its user's budget for the request's route class. The buckets are
 * Redis's when Redis answers in time, this instance's own otherwise.
 */
public class RateLimiter {

    private final String service;
    private final Map<RouteClass, Budget> userBudgets;
    private final Map<RouteClass, Budget> tenantBudgets;
    private final RedisBuckets shared;
    private final LocalBuckets local = new LocalBuckets();

    RateLimiter(
            String service,
            Map<RouteClass, Budget> userBudgets,
            Map<RouteClass, Budget> tenantBudgets,
            RedisBuckets shared) {
        this.service = service;
        this.userBudgets = Map.copyOf(userBudgets);
        this.tenantBudgets = Map.copyOf(tenantBudgets);
        this.shared = shared;
    }

    public Decision consume(UUID tenantId, UUID userId, RouteClass routeClass) {
        String prefix = service + ":ratelimit:" + tenantId + ":";
        List<Quota> quotas = List.of(
                new Quota("tenant-" + routeClass.label(), prefix + routeClass.label(), tenantBudgets.get(routeClass)),
                new Quota(
                        "user-" + routeClass.label(),
                        prefix + "user:" + userId + ":" + routeClass.label(),
                        userBudgets.get(routeClass)));
        List<ConsumptionProbe> probes = shared.tryConsume(quotas);
        if (probes == null) {
            probes = local.tryConsume(quotas);
        }
        List<Decision.Use> uses =
                List.of(new Decision.Use(quotas.get(0), probes.get(0)), new Decision.Use(quotas.get(1), probes.get(1)));
        return new Decision(routeClass, uses);
    }
}
