package dev.finsuite.market.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.market.MarketTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The operator's provider key and the providers' breakers are shared by every tenant; no one tenant may use
 * them up: each has a share of the operator's key (three calls a day here), and failures that lie in a
 * tenant's symbols never open a breaker for the others.
 */
@TestPropertySource(
        properties = {"market.quotes.operator-key-share.per-day=3", "market.quotes.operator-key-share.per-minute=100"})
class ProviderFairnessTests extends MarketTest {

    private static final String STOOQ = "/stooq/q/l/";
    private static final String ALPHAVANTAGE = "/alphavantage/query";

    @BeforeEach
    void quoteFixtures() throws Exception {
        providers.serve(STOOQ, "quotes/stooq-q-l-sd2t2ohlcvn.sample.csv");
        providers.serve(ALPHAVANTAGE, "quotes/alphavantage-global-quote-LSE.sample.json");
        // A first request in a fresh context may be slow (connections, Redis): let it be, outside the assertions.
        try {
            quote(TestTokens.access(newTenant(), "MEMBER"), "WARM.US", "STOCK");
        } catch (RuntimeException slow) {
            // Only a warm-up.
        }
    }

    @Test
    void aTenantBeyondItsShareOfTheOperatorsKeyWaitsWhileOthersStillGetQuotes() throws Exception {
        var greedy = newTenant();
        String greedyMember = TestTokens.access(greedy, "MEMBER");
        String other = TestTokens.access(newTenant(), "MEMBER");
        for (int i = 0; i < 3; i++) {
            assertThat(quote(greedyMember, "F" + i + ".LON").status()).isEqualTo(200);
        }

        Api.Reply refused = quote(greedyMember, "F3.LON");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.field("/code")).isEqualTo("rate_limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_401L);

        Api.Reply others = quote(other, "F3.LON");
        assertThat(others.status()).as(others.toString()).isEqualTo(200);
        assertThat(others.json().at("/stale").asBoolean())
                .as("fresh from the provider")
                .isFalse();

        Api.Reply stale = quote(greedyMember, "F3.LON");
        assertThat(stale.status())
                .as("the last stored price, once there is one")
                .isEqualTo(200);
        assertThat(stale.json().at("/stale").asBoolean()).isTrue();
        Api.Reply cached = quote(greedyMember, "F0.LON");
        assertThat(cached.status()).as("cached answers cost no share").isEqualTo(200);
        assertThat(cached.json().at("/stale").asBoolean()).isFalse();

        Api.Reply ownKey = api().post(
                        "/api/v1/provider-keys", Map.of("provider", "alphavantage", "apiKey", "GREEDY-OWN-KEY-1"))
                .token(TestTokens.access(greedy, "ADMIN"))
                .send();
        assertThat(ownKey.status()).as(ownKey.toString()).isEqualTo(201);
        Api.Reply withOwnKey = quote(greedyMember, "F4.LON");
        assertThat(withOwnKey.status()).as("its own key is not the operator's").isEqualTo(200);
        assertThat(withOwnKey.json().at("/stale").asBoolean()).isFalse();
    }

    @Test
    void symbolsAProviderCannotPriceDoNotOpenItsBreakerForOthers() throws Exception {
        String careless = TestTokens.access(newTenant(), "MEMBER");
        for (int i = 0; i < 8; i++) {
            // No currency follows from an unknown exchange suffix: unknown (404), Stooq not asked, no provider failure.
            assertThat(quote(careless, "BAD" + i + ".ZZ", "STOCK").status()).isEqualTo(404);
        }
        Api.Reply others = quote(TestTokens.access(newTenant(), "MEMBER"), "A.US", "STOCK");
        assertThat(others.status()).as(others.toString()).isEqualTo(200);
        assertThat(others.json().at("/stale").asBoolean()).isFalse();
    }

    @Test
    void symbolsAlphaVantageRefusesAreUnknownAndDoNotOpenTheOperatorKeysBreaker() throws Exception {
        providers.serveText(
                ALPHAVANTAGE,
                "{\"Error Message\":\"Invalid API call. Please retry or visit the documentation"
                        + " (https://www.alphavantage.co/documentation/) for GLOBAL_QUOTE.\"}");
        for (int i = 0; i < 6; i++) {
            String tenant = TestTokens.access(newTenant(), "MEMBER");
            assertThat(quote(tenant, "NOSUCH" + i + ".LON").status())
                    .as("unknown symbol")
                    .isEqualTo(404);
            // A suffix no currency follows from is refused before the key is spent.
            assertThat(quote(tenant, "NOSUCH" + i + ".ZZ").status()).isEqualTo(503);
        }
        providers.serve(ALPHAVANTAGE, "quotes/alphavantage-global-quote-LSE.sample.json");

        Api.Reply others = quote(TestTokens.access(newTenant(), "MEMBER"), "AZN.LON");
        assertThat(others.status()).as(others.toString()).isEqualTo(200);
        assertThat(others.json().at("/stale").asBoolean()).isFalse();
    }

    private Api.Reply quote(String token, String symbol) {
        return quote(token, symbol, "FUND");
    }

    private Api.Reply quote(String token, String symbol, String type) {
        return api().get("/api/v1/quotes/" + symbol + "?assetType=" + type)
                .token(token)
                .send();
    }
}
