package dev.finsuite.investment;

import dev.finsuite.common.testsupport.FakeMarket;
import dev.finsuite.common.testsupport.OwnerSql;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestTokens;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * investment-service whole, over HTTP, against the real PostgreSQL and Redis, with market-service played by one
 * shared {@link FakeMarket} on a real socket. Scheduled jobs wait an hour: tests run them when they choose.
 * Each test makes its own tenants (and, sharing the fake, its own symbols).
 */
public abstract class InvestmentTest extends ServiceTest {

    protected static final FakeMarket MARKET = new FakeMarket()
            .rate("USD", "INR", "83.25")
            .rate("EUR", "INR", "90.10")
            .rate("INR", "USD", "0.012");

    @DynamicPropertySource
    static void market(DynamicPropertyRegistry registry) {
        registry.add("finsuite.market-service-url", MARKET::url);
        registry.add("finsuite.market-timeout", () -> "2s");
        registry.add("finsuite.jobs.initial-delay", () -> "1h");
    }

    /** A tenant row with base currency INR; the token for it comes from {@link #member} or {@link #token}. */
    protected static UUID newTenant() throws SQLException {
        return newTenant("INR");
    }

    protected static UUID newTenant(String baseCurrency) throws SQLException {
        return OwnerSql.newTenant(baseCurrency);
    }

    protected static String token(UUID tenant, String... roles) {
        return TestTokens.access(tenant, roles);
    }

    protected static String member(UUID tenant) {
        return token(tenant, "MEMBER");
    }

    protected static String viewer(UUID tenant) {
        return token(tenant, "VIEWER");
    }

    /** Counts rows as the database owner, past row-level security: what is really stored. */
    protected static long count(String sql) throws SQLException {
        return OwnerSql.count(sql);
    }

    protected static void execute(String sql) throws SQLException {
        OwnerSql.execute(sql);
    }
}
