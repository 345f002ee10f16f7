package dev.finsuite.common.conversion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's base currency (auth-service's tenants table, which row-level security limits to the tenant).
 * Every write needs it, so it is kept in memory for 30 s: a changed base currency reaches new rows within that
 * time, and a write saves a transaction of its own.
 */
public class BaseCurrencies {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reads;
    private final Cache<UUID, String> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30))
            .maximumSize(10_000)
            .build();

    public BaseCurrencies(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    public String of(UUID tenantId) {
        return recent.get(
                tenantId,
                tenant -> reads.execute(status -> jdbc.queryForObject(
                        "select trim(base_currency) from tenants where id = ?", String.class, tenant)));
    }
}
