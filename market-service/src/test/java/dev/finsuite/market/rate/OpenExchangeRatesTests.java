package dev.finsuite.market.rate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.market.MarketTest;
import dev.finsuite.market.ProviderFixtures.Behaviour;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Open Exchange Rates fills in currencies the ECB does not quote (AED, NGN, …), derived through USD. */
class OpenExchangeRatesTests extends MarketTest {

    @Test
    void aCurrencyTheEcbDoesNotQuoteConvertsThroughUsd() throws Exception {
        assertThat(imports.importOxr()).isPositive();
        String date = single("select max(rate_date)::text from exchange_rates where source = 'OXR'");
        String usdPerAed = single("select rate::text from exchange_rates where source = 'OXR' and quote = 'AED'");

        Api.Reply reply = api().get("/api/v1/conversions?from=USD&to=AED&amount=100&date=" + date)
                .token(TestTokens.access(UUID.randomUUID(), "VIEWER"))
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.field("/source")).isEqualTo("OXR");
        assertThat(reply.field("/convertedAmount"))
                .isEqualTo(new java.math.BigDecimal(usdPerAed)
                        .multiply(java.math.BigDecimal.valueOf(100))
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString());
    }

    @Test
    void anErrorBodyStoresNothing() throws Exception {
        providers.serveText(
                "/oxr/latest.json",
                "{\"error\":true,\"status\":401,\"message\":\"invalid_app_id\",\"description\":\"Invalid App ID\"}");
        assertThat(imports.importOxr()).isZero();
        providers.behave("/oxr/latest.json", Behaviour.GARBAGE);
        assertThat(imports.importOxr()).isZero();
        assertThat(count("select count(*) from exchange_rates where source = 'OXR'"))
                .isZero();
    }

    private static String single(String sql) throws Exception {
        try (var connection = dev.finsuite.common.testsupport.TestInfrastructure.ownerConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
