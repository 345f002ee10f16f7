package dev.finsuite.market;

import dev.finsuite.common.testsupport.OwnerSql;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.market.rate.RateImports;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * market-service against the provider fixtures. Provider rates and quotes are global data shared by every
 * test, so each test starts from none and imports what it needs.
 */
public abstract class MarketTest extends ServiceTest {

    protected static final ProviderFixtures providers = ProviderFixtures.get();

    @Autowired
    protected RateImports imports;

    @Autowired
    CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void providerUrls(DynamicPropertyRegistry registry) {
        registry.add("market.ecb.daily-url", () -> providers.url("/ecb/daily.xml"));
        registry.add("market.ecb.history-url", () -> providers.url("/ecb/hist-90d.xml"));
        registry.add("market.ecb.import-on-start", () -> "false");
        registry.add("market.ecb.cron", () -> "-");
        registry.add("market.oxr.cron", () -> "-");
        registry.add("market.oxr.url", () -> providers.url("/oxr/latest.json"));
        registry.add("market.oxr.app-id", () -> "test-oxr-app-id");
        registry.add("market.quotes.stooq-url", () -> providers.url("/stooq"));
        registry.add("market.quotes.coingecko-url", () -> providers.url("/coingecko"));
        registry.add("market.quotes.alphavantage-url", () -> providers.url("/alphavantage"));
        registry.add("market.quotes.alphavantage-key", () -> "operator-env-key");
        registry.add("market.quotes.stooq-key", () -> "operator-stooq-key");
    }

    @BeforeEach
    void freshProviders() throws SQLException {
        providers.serve("/ecb/daily.xml", "fx/ecb-eurofxref-daily.sample.xml");
        providers.serve("/ecb/hist-90d.xml", "fx/ecb-eurofxref-hist-90d.sample.xml");
        providers.serve("/oxr/latest.json", "fx/openexchangerates-latest.sample.json");
        breakers.getAllCircuitBreakers().forEach(breaker -> breaker.reset());
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("delete from exchange_rates");
            statement.execute("delete from asset_quotes");
            statement.execute("delete from quote_closes");
            statement.execute("delete from quote_history_coverage");
        }
        imports.clearCache();
    }

    /** A tenant row, which tenant-owned rows reference; the token for it comes from TestTokens. */
    protected static java.util.UUID newTenant() throws SQLException {
        return OwnerSql.newTenant("EUR");
    }

    /** Counts rows as the database owner, past row-level security: what is really stored. */
    protected static long count(String sql) throws SQLException {
        return OwnerSql.count(sql);
    }
}
