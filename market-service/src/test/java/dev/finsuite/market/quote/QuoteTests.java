package dev.finsuite.market.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.market.MarketTest;
import dev.finsuite.market.ProviderFixtures.Behaviour;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class QuoteTests extends MarketTest {

    private static final String STOOQ = "/stooq/q/l/";
    private static final String COINGECKO = "/coingecko/api/v3/simple/price";
    private static final String ALPHAVANTAGE = "/alphavantage/query";

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakerRegistry;

    private UUID tenant;
    private String member;

    @BeforeEach
    void quoteFixtures() throws Exception {
        providers.serve(STOOQ, "quotes/stooq-q-l-sd2t2ohlcvn.sample.csv");
        providers.serve(COINGECKO, "quotes/coingecko-simple-price.sample.json");
        providers.serve(ALPHAVANTAGE, "quotes/alphavantage-global-quote-LSE.sample.json");
        tenant = newTenant();
        member = TestTokens.access(tenant, "MEMBER");
    }

    @Test
    void aStockFromStooq() {
        Api.Reply reply = quote(member, "A.US", "STOCK");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.field("/symbol")).isEqualTo("A.US");
        assertThat(reply.field("/price")).isEqualTo("144.68");
        assertThat(reply.field("/currency")).isEqualTo("USD");
        assertThat(reply.field("/asOf")).isEqualTo("2022-01-14T21:03:50Z");
        assertThat(reply.field("/source")).isEqualTo("stooq");
        assertThat(reply.json().at("/stale").asBoolean()).isFalse();
    }

    @Test
    void stooqsNDMeansNoSuchSymbol() {
        providers.serve(STOOQ, "quotes/stooq-q-l-not-found.shape.csv");
        Api.Reply reply = quote(member, "AAAPL.US", "STOCK");
        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void aCoinFromCoinGeckoByTicker() {
        Api.Reply reply = quote(member, "BTC", "CRYPTO");

        assertThat(reply.field("/price")).isEqualTo("67187.3358936566");
        assertThat(reply.field("/currency")).isEqualTo("USD");
        assertThat(reply.field("/asOf")).isEqualTo("2024-03-25T08:45:00Z");
    }

    @Test
    void aLondonPriceInPenceBecomesPounds() {
        Api.Reply reply = quote(member, "AZN.LON", "FUND");

        assertThat(reply.field("/price")).isEqualTo("104.42");
        assertThat(reply.field("/currency")).isEqualTo("GBP");
        assertThat(providers.requests().get(providers.requests().size() - 1)).contains("apikey=operator-env-key");
    }

    @Test
    void aThrottledProviderFallsBackToTheLastGoodQuoteMarkedStale() throws Exception {
        assertThat(quote(member, "AZN.LON", "FUND").status()).isEqualTo(200);
        providers.serveText(
                ALPHAVANTAGE,
                "{\"Note\":\"Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute\"}");
        String otherTenant = TestTokens.access(newTenant(), "VIEWER"); // its own cache: the provider is asked

        Api.Reply reply = quote(otherTenant, "AZN.LON", "FUND");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/stale").asBoolean()).isTrue();
        assertThat(reply.field("/price")).isEqualTo("104.42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GARBAGE", "SERVER_ERROR", "EMPTY", "SLOW"})
    void aFailingProviderWithNothingStoredIs503(String behaviour) {
        providers.behave(STOOQ, Behaviour.valueOf(behaviour));
        long started = System.nanoTime();

        Api.Reply reply = quote(member, "NEVER.US", "STOCK");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.field("/code")).isEqualTo("upstream_unavailable");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_400);
    }

    @Test
    void aZeroPriceNeverReplacesTheLastGoodQuote() throws Exception {
        assertThat(quote(member, "A.US", "STOCK").field("/price")).isEqualTo("144.68");
        providers.serveText(STOOQ, "Symbol,Date,Time,Open,High,Low,Close,Volume\nA.US,2022-01-15,22:00:00,0,0,0,0,0\n");

        Api.Reply reply = quote(TestTokens.access(newTenant(), "VIEWER"), "A.US", "STOCK");

        assertThat(reply.json().at("/stale").asBoolean()).isTrue();
        assertThat(reply.field("/price")).isEqualTo("144.68");
    }

    @Test
    void anIndexHasNoCurrencyAndIsNeverGivenOne() {
        long asked =
                providers.requests().stream().filter(r -> r.startsWith(STOOQ)).count();

        Api.Reply reply = quote(member, "%5ESPX", "STOCK");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.field("/code")).isEqualTo("not_found");
        assertThat(providers.requests().stream()
                        .filter(r -> r.startsWith(STOOQ))
                        .count())
                .as("Stooq is not asked for a price nobody could use")
                .isEqualTo(asked);
    }

    /** Found by the robustness probe: five such symbols used to open the Stooq breaker for a minute, for everyone. */
    @Test
    void symbolsNoCurrencyFollowsFromNeverCutOffOtherTenantsQuotes() throws Exception {
        providers.serve("/stooq/q/d/l/", "quotes/history/stooq-d-l-aapl.us.sample.csv");
        for (String symbol : java.util.List.of("%5ESPX", "ABC.XX", "-1", "1E-300000000", "%5EDJI", "FOO.ZZ")) {
            assertThat(quote(member, symbol, "STOCK").status()).as(symbol).isEqualTo(404);
            Api.Reply history = api().get("/api/v1/quotes/" + symbol + "/history?assetType=STOCK")
                    .token(member)
                    .send();
            assertThat(history.status()).as(symbol + " history: " + history).isEqualTo(404);
        }

        Api.Reply others = quote(TestTokens.access(newTenant(), "VIEWER"), "A.US", "STOCK");

        assertThat(others.status()).as(others.toString()).isEqualTo(200);
        assertThat(others.json().at("/stale").asBoolean()).isFalse();
        assertThat(breakerRegistry.circuitBreaker("stooq").getState().name()).isEqualTo("CLOSED");
        assertThat(breakerRegistry.circuitBreaker("stooq-history").getState().name())
                .isEqualTo("CLOSED");
    }

    @Test
    void oneTenantsFailingKeyDoesNotCutOffOthers() throws Exception {
        String unlucky = TestTokens.access(newTenant(), "ADMIN");
        api().post("/api/v1/provider-keys", Map.of("provider", "alphavantage", "apiKey", "EXHAUSTED-KEY-1"))
                .token(unlucky)
                .send();
        providers.serveText(ALPHAVANTAGE, "{\"Information\":\"Our standard API rate limit is 25 requests per day.\"}");
        for (int i = 0; i < 6; i++) {
            assertThat(quote(unlucky, "FUND" + i + ".LON", "FUND").status()).isEqualTo(503);
        }
        providers.serve(ALPHAVANTAGE, "quotes/alphavantage-global-quote-LSE.sample.json");

        Api.Reply others = quote(member, "AZN.LON", "FUND");
        Api.Reply stillOpen = quote(unlucky, "AZN.LON", "FUND");

        assertThat(others.status()).isEqualTo(200);
        assertThat(others.json().at("/stale").asBoolean()).isFalse();
        assertThat(stillOpen.json().at("/stale").asBoolean())
                .as("its own breaker is open")
                .isTrue();
    }

    @Test
    void manyRequestsForOneMissingQuoteAskTheProviderOnce() throws Exception {
        long before =
                providers.requests().stream().filter(r -> r.startsWith(STOOQ)).count();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        var calls = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> quote(member, "A.US", "STOCK").status());
        }
        for (var done : pool.invokeAll(calls)) {
            assertThat(done.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(providers.requests().stream()
                                .filter(r -> r.startsWith(STOOQ))
                                .count()
                        - before)
                .isEqualTo(1);
    }

    @Test
    void aFreshQuoteIsCachedInRedisUnderTheTenant() {
        assertThat(quote(member, "A.US", "STOCK").status()).isEqualTo(200);
        providers.behave(STOOQ, Behaviour.GARBAGE);

        Api.Reply cached = quote(member, "A.US", "STOCK");

        assertThat(cached.json().at("/stale").asBoolean()).isFalse();
        assertThat(cached.field("/price")).isEqualTo("144.68");
        assertThat(redis.getExpire("market:" + tenant + ":quotes::STOCK:A.US")).isBetween(1L, 60L);
    }

    @Test
    void aManualPriceWinsForItsTenantOnly() throws Exception {
        Api.Reply set = api().put(
                        "/api/v1/quotes/FLAT-MUMBAI/manual-price",
                        Map.of("assetType", "OTHER", "price", "25000000", "currency", "INR"))
                .token(member)
                .send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);

        Api.Reply mine = quote(member, "FLAT-MUMBAI", "OTHER");
        Api.Reply theirs = quote(TestTokens.access(newTenant(), "MEMBER"), "FLAT-MUMBAI", "OTHER");

        assertThat(mine.field("/price")).as(mine.toString() + set).isEqualTo("25000000");
        assertThat(mine.field("/currency")).isEqualTo("INR");
        assertThat(mine.field("/source")).isEqualTo("manual");
        assertThat(theirs.status()).isEqualTo(404);
        String attacker = TestTokens.access(newTenant(), "OWNER");
        assertThat(api().delete("/api/v1/quotes/FLAT-MUMBAI/manual-price?assetType=OTHER")
                        .token(attacker)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(quote(member, "FLAT-MUMBAI", "OTHER").field("/price")).isEqualTo("25000000");

        api().put("/api/v1/quotes/A.US/manual-price", Map.of("assetType", "STOCK", "price", "150", "currency", "USD"))
                .token(member)
                .send();
        assertThat(quote(member, "A.US", "STOCK").field("/source")).isEqualTo("manual");
        assertThat(api().delete("/api/v1/quotes/A.US/manual-price?assetType=STOCK")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(quote(member, "A.US", "STOCK").field("/source")).isEqualTo("stooq");
    }

    @Test
    void badQuoteInputIsAProblemAndWritesNothing() throws Exception {
        assertThat(quote(member, "X".repeat(200), "STOCK").status()).isEqualTo(400);
        assertThat(quote(member, "A.US", "BONDS").status()).isEqualTo(400);
        assertThat(quote(member, "A%20US", "STOCK").status()).isEqualTo(400);
        for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(
                Map.of("assetType", "OTHER", "price", "-1", "currency", "INR"),
                Map.of("assetType", "OTHER", "price", "ten", "currency", "INR"),
                Map.of("assetType", "OTHER", "price", "10", "currency", "ZZZ"),
                Map.of("assetType", "OTHER", "price", "10", "currency", "INR", "asOf", "2999-01-01T00:00:00Z"),
                Map.of("price", "10", "currency", "INR"))) {
            Api.Reply reply = api().put("/api/v1/quotes/GOLD-AT-HOME/manual-price", body)
                    .token(member)
                    .send();
            assertThat(reply.status()).as(body.toString()).isEqualTo(400);
        }
        assertThat(api().put(
                                "/api/v1/quotes/GOLD-AT-HOME/manual-price",
                                Map.of("assetType", "OTHER", "price", "10", "currency", "INR"))
                        .token(TestTokens.access(tenant, "VIEWER"))
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(count("select count(*) from manual_prices where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    private Api.Reply quote(String token, String symbol, String type) {
        return api().get("/api/v1/quotes/" + symbol + "?assetType=" + type)
                .token(token)
                .send();
    }
}
