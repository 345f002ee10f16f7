package dev.finsuite.common.quota;

import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks a tenant's quota before a create, race-safely. The check takes a transaction-scoped PostgreSQL advisory
 * lock on (quota, tenant) and only then counts: two concurrent creates of the same tenant and quota queue on the
 * lock, and the second counts after the first has committed (read committed takes a fresh snapshot per
 * statement), so both cannot pass at limit − 1. The lock is released with the transaction, after the row is
 * written; other tenants and other quotas never wait. Chosen over a trigger because the limits are configuration
 * of each service, and over a counter row because a count cannot drift from the rows it counts.
 *
 * <p>The quota names and limits belong to the services; this only knows how to hold the line.
 */
public class TenantQuotas {

    private final JdbcTemplate jdbc;

    public TenantQuotas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Room for {@code adding} more of {@code quota} (rows, or bytes) within {@code limit}, or a
     * {@link QuotaExceeded}. {@code used} is asked after the lock is held. Must run inside the transaction that
     * writes the new rows, which keeps the lock until it commits.
     */
    public void require(UUID tenantId, String quota, long limit, long adding, LongSupplier used) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A quota check must run inside the transaction that writes the rows");
        }
        jdbc.query(
                "select pg_advisory_xact_lock(hashtext(?), hashtext(?))",
                rs -> null,
                "quota:" + quota,
                tenantId.toString());
        long inUse = used.getAsLong();
        if (inUse + adding > limit) {
            throw new QuotaExceeded(quota, limit, inUse);
        }
    }

    /** Room for one more row of {@code quota}. */
    public void requireOneMore(UUID tenantId, String quota, long limit, LongSupplier used) {
        require(tenantId, quota, limit, 1, used);
    }
}
