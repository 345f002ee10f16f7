package dev.finsuite.market.currency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestTokens;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CurrencyTests extends ServiceTest {

    private final String token = TestTokens.access(UUID.randomUUID(), "VIEWER");

    @Autowired
    Currencies currencies;

    @Autowired
    JdbcTemplate jdbc;

    /** market-service owns the table; every other service reads it through common-lib, and both must agree. */
    @Test
    void readsEveryCodeAsCommonLibDoes() {
        var suite = new dev.finsuite.common.money.Currencies(jdbc);
        for (String code : Arrays.asList("INR", " usd ", "jpy", "Btc", "BGN", "XYZ", "", null)) {
            boolean known = isKnown(code);
            assertThat(known).as("known: '%s'", code).isEqualTo(isKnownToSuite(suite, code));
            if (known) {
                assertThat(currencies.requireKnown("c", code).getCode())
                        .isEqualTo(suite.requireKnown("c", code).code());
                assertThat(currencies.minorUnits(code))
                        .as("minor units of '%s'", code)
                        .isEqualTo(suite.minorUnits(code));
                assertThat(currencies.requireKnown("c", code).isActive()).isEqualTo(suite.isActive(code));
            }
        }
    }

    private int rows(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private boolean isKnown(String code) {
        try {
            currencies.requireKnown("c", code);
            return true;
        } catch (Currencies.UnknownCurrency unknown) {
            return false;
        }
    }

    private static boolean isKnownToSuite(dev.finsuite.common.money.Currencies suite, String code) {
        try {
            suite.requireKnown("c", code);
            return true;
        } catch (dev.finsuite.common.money.Currencies.InvalidCurrency unknown) {
            return false;
        }
    }

    @Test
    void listsTheCurrenciesInUse() {
        Api.Reply all = api().get("/api/v1/currencies").token(token).send();
        Api.Reply active =
                api().get("/api/v1/currencies?active=true").token(token).send();

        assertThat(all.status()).isEqualTo(200);
        // The test database is shared with other suites, some of which add units of their own (export-service's
        // test coin): the list holds every row, at least the 157 the migrations seed, and the filter the active ones.
        assertThat(all.json().at("/totalItems").asInt())
                .isEqualTo(rows("select count(*) from currencies"))
                .isGreaterThanOrEqualTo(157);
        assertThat(active.json().at("/totalItems").asInt())
                .isEqualTo(rows("select count(*) from currencies where active"))
                .isLessThan(all.json().at("/totalItems").asInt());
        assertThat(all.json().at("/items").findValuesAsString("code"))
                .contains("USD", "EUR", "INR", "BTC")
                .isSorted();
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
        assertThat(bgn.json().at("/active").asBoolean())
                .as("retired with the euro changeover")
                .isFalse();
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
