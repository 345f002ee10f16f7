package dev.finsuite.market.currency;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class CurrencyTests extends ServiceTest {

    private final String token = TestTokens.access(UUID.randomUUID(), "VIEWER");

    @Test
    void listsTheCurrenciesInUse() {
        Api.Reply all = api().get("/api/v1/currencies").token(token).send();
        Api.Reply active = api().get("/api/v1/currencies?active=true").token(token).send();

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().at("/totalItems").asInt()).isEqualTo(157);
        assertThat(active.json().at("/totalItems").asInt()).isEqualTo(156);
        assertThat(all.json().at("/items").findValuesAsString("code")).contains("USD", "EUR", "INR", "BTC").isSorted();
    }

    @Test
    void describesOneCurrency() {
        Api.Reply inr = api().get("/api/v1/currencies/INR").token(token).send();
        Api.Reply jpy = api().get("/api/v1/currencies/jpy").token(token).send();
        Api.Reply bgn = api().get("/api/v1/currencies/BGN").token(token).send();
        Api.Reply btc = api().get("/api/v1/currencies/BTC").token(token).send();

        assertThat(inr.field("/name")).isEqualTo("Indian Rupee");
        assertThat(inr.field("/symbol")).isEqualTo("₹");
        assertThat(inr.json().at("/minorUnits").asInt()).isEqualTo(2);
        assertThat(jpy.json().at("/minorUnits").asInt()).isZero();
        assertThat(bgn.json().at("/active").asBoolean()).as("retired with the euro changeover").isFalse();
        assertThat(btc.json().at("/minorUnits").asInt()).isEqualTo(8);
        assertThat(btc.json().at("/iso").asBoolean()).isFalse();
    }

    @Test
    void anUnknownCodeIsNotFound() {
        Api.Reply reply = api().get("/api/v1/currencies/XYZ").token(token).send();
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.field("/code")).isEqualTo("not_found");
    }
}
