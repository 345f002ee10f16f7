package dev.finsuite.auth.tenant;

import java.time.Instant;
import java.util.UUID;

public record TenantView(
        UUID id,
        String name,
        String baseCurrency,
        String timezone,
        boolean requireTwoFactor,
        Instant createdAt,
        long version) {

    public static TenantView of(Tenant tenant) {
        return new TenantView(
                tenant.getId(),
                tenant.getName(),
                tenant.getBaseCurrency(),
                tenant.getTimezone(),
                tenant.requiresTwoFactor(),
                tenant.getCreatedAt(),
                tenant.getVersion());
    }
}
