package dev.finsuite.common.tenant;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant the current request acts for, taken from its access token (never from a header, query or
 * body). Every transaction hands it to PostgreSQL for row-level security, cache keys carry it, and the
 * log context shows it.
 */
public final class TenantContext {

    public static final String LOG_KEY = "tenantId";
    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static UUID require() {
        UUID tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException(
                    "No tenant in context: tenant-owned data was touched outside a tenant's request");
        }
        return tenant;
    }

    /** Acts for {@code tenantId} until the returned scope closes, then restores whatever was there before. */
    public static Scope enter(UUID tenantId) {
        UUID previous = CURRENT.get();
        CURRENT.set(tenantId);
        MDC.put(LOG_KEY, tenantId.toString());
        return () -> {
            if (previous == null) {
                CURRENT.remove();
                MDC.remove(LOG_KEY);
            } else {
                CURRENT.set(previous);
                MDC.put(LOG_KEY, previous.toString());
            }
        };
    }

    public static <T> T callAs(UUID tenantId, Supplier<T> work) {
        try (Scope ignored = enter(tenantId)) {
            return work.get();
        }
    }

    /** Closing never throws, so it fits try-with-resources without a catch. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
