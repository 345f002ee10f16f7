package dev.finsuite.market.database;

import static dev.finsuite.common.testsupport.DatabaseRoleChecks.writableTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.ServiceRoleContract;
import dev.finsuite.market.MarketTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * market-service logs in as finsuite_market (V17): the one role that writes the global market data (rates, quotes,
 * closes), yet it cannot change currencies (a migration does), read password hashes, touch the other services'
 * tables, or become a role that can.
 * Each check runs through the service's own pool, as its queries do.
 */
class ServiceRoleTests extends MarketTest {

    /** market-service reads provider keys (its own); it may not read what only auth or the ledgers keep. */
    private static final List<String> NOT_EVEN_READABLE = List.of(
            "select password_hash from users",
            "select token_hash from refresh_tokens",
            "select email from login_attempts",
            "select count(*) from idempotency_keys");

    @Autowired
    DataSource dataSource;

    @TestFactory
    List<DynamicTest> theRoleEveryServiceHas() {
        return ServiceRoleContract.checks(dataSource, "finsuite_market", "market", NOT_EVEN_READABLE);
    }

    @Test
    void itWritesTheMarketDataTablesAndItsJobLocksOnly() throws SQLException {
        Set<String> writable = writableTables(dataSource);
        assertThat(writable)
                .contains(
                        "exchange_rates",
                        "asset_quotes",
                        "quote_closes",
                        "quote_history_coverage",
                        "tenant_exchange_rates",
                        "manual_prices",
                        "manual_closes",
                        "provider_keys",
                        "shedlock")
                .allMatch(
                        table -> Set.of(
                                        "exchange_rates",
                                        "asset_quotes",
                                        "quote_closes",
                                        "quote_history_coverage",
                                        "tenant_exchange_rates",
                                        "manual_prices",
                                        "manual_closes",
                                        "provider_keys",
                                        "shedlock")
                                .contains(table),
                        "market data or shedlock");
    }
}
