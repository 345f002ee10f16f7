package dev.finsuite.market.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestClock;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.market.MarketTest;
import dev.finsuite.market.ProviderFixtures.Behaviour;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class QuoteHistoryTests extends MarketTest {

    /** The service's clock: "today" in a test is the day the service answers for. */
    @Autowired
    TestClock clock;

    private static final String STOOQ = "/stooq/q/d/l/";
    private static final String STOOQ_QUOTE = "/stooq/q/l/";
    private static final String ALPHAVANTAGE = "/alphavantage/query";
    private static final String BITCOIN = "/coingecko/api/v3/coins/bitcoin/market_chart";
    private static final String ALEPHIUM = "/coingecko/api/v3/coins/alephium/market_chart";

    private UUID tenant;
    private String member;

    @BeforeEach
    void historyFixtures() throws Exception {
        providers.serve(STOOQ, "quotes/history/stooq-d-l-aapl.us.sample.csv");
        providers.serve(STOOQ_QUOTE, "quotes/stooq-q-l-sd2t2ohlcvn.sample.csv");
        providers.serve(ALPHAVANTAGE, "quotes/history/alphavantage-time-series-daily.sample.json");
        providers.serve(BITCOIN, "quotes/history/coingecko-market-chart-docs-example.sample.json");
        providers.serve(ALEPHIUM, "quotes/history/coingecko-market-chart-alephium-btc.sample.json");
        tenant = newTenant();
        member = TestTokens.access(tenant, "MEMBER");
    }

    @Test
    void stooqsDailyCsvWithCrlfBecomesAscendingDecimalCloses() {
        Api.Reply reply = history(member, "AAPL.US", "STOCK", "2020-09-01", "2020-09-04");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.field("/symbol")).isEqualTo("AAPL.US");
        assertThat(reply.field("/assetType")).isEqualTo("STOCK");
        assertThat(reply.field("/currency")).isEqualTo("USD");
        assertThat(reply.json().at("/adjustedForSplits").isBoolean()).isTrue();
        assertThat(reply.json().at("/adjustedForSplits").asBoolean()).isTrue();
        assertThat(closes(reply))
                .containsExactly(
                        "2020-08-25=121.709 stooq",
                        "2020-08-26=123.374 stooq",
                        "2020-08-27=121.886 stooq",
                        "2020-08-28=121.699 stooq",
                        "2020-08-31=125.829 stooq",
                        "2020-09-01=130.834 stooq",
                        "2020-09-02=128.115 stooq",
                        "2020-09-03=117.866 stooq",
                        "2020-09-04=117.944 stooq");
        assertThat(reply.json().at("/closes/0/close").isString())
                .as("a decimal string, never a JSON number")
                .isTrue();
        String asked = lastRequestTo(STOOQ);
        assertThat(asked).contains("s=aapl.us").contains("i=d").contains("apikey=operator-stooq-key");
    }

    @Test
    void theRangeStartsSevenDaysBeforeFromSoCallersCanCarryTheLastCloseForward() {
        Api.Reply reply = history(member, "AAPL.US", "STOCK", "2025-08-01", "2025-08-01");

        assertThat(closes(reply)).first().isEqualTo("2025-07-25=213.88 stooq");
        assertThat(closes(reply)).last().isEqualTo("2025-08-01=" + closeOn("2025-08-01") + " stooq");
        assertThat(closes(history(member, "AAPL.US", "STOCK", "2020-09-01", "2020-09-01")))
                .first()
                .as("2020-08-24 is eight days before")
                .isEqualTo("2020-08-25=121.709 stooq");
    }

    @Test
    void coinGeckoKeepsTheLastPointOfEachUtcDayIncludingTheTrailingNowPoint() {
        Api.Reply reply = history(member, "BTC", "CRYPTO", "2024-03-31", "2024-04-01");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.field("/currency")).isEqualTo("USD");
        assertThat(closes(reply))
                .containsExactly("2024-03-31=69702.3087473573 coingecko", "2024-04-01=68887.7495158568 coingecko");
        assertThat(lastRequestTo(BITCOIN)).contains("vs_currency=usd").contains("days=");
    }

    @Test
    void coinGeckoHourlyPointsCollapseToOneClosePerDay() {
        providers.serve(BITCOIN, "quotes/history/coingecko-market-chart-bitcoin-7d.sample.json");

        Api.Reply reply = history(member, "BTC", "CRYPTO", "2026-08-04", "2026-08-11");

        assertThat(closes(reply))
                .containsExactly("2026-08-04=64251.1501090626 coingecko", "2026-08-11=64138.1342080022 coingecko");
    }

    @Test
    void coinGeckoPricesInExponentNotationAreReadExactly() {
        Api.Reply reply = history(member, "ALEPHIUM", "CRYPTO", "2023-12-16", "2023-12-20");

        assertThat(closes(reply))
                .containsExactly(
                        "2023-12-09=0.0000164469 coingecko",
                        "2023-12-10=0.0000191166 coingecko",
                        "2023-12-11=0.000019071 coingecko",
                        "2023-12-12=0.0000179318 coingecko",
                        "2023-12-13=0.0000189574 coingecko");
    }

    @Test
    void alphaVantageNewestFirstStringsBecomeAscendingClosesMarkedUnadjusted() {
        Api.Reply reply = history(member, "IBM", "FUND", "2024-06-13", "2024-06-18");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.field("/currency")).isEqualTo("USD");
        assertThat(reply.json().at("/adjustedForSplits").asBoolean())
                .as("TIME_SERIES_DAILY is raw")
                .isFalse();
        List<String> closes = closes(reply);
        assertThat(closes).startsWith("2024-06-06=" + alphaVantageClose("2024-06-06") + " alphavantage");
        assertThat(closes)
                .endsWith(
                        "2024-06-12=169 alphavantage",
                        "2024-06-13=169.12 alphavantage",
                        "2024-06-14=169.21 alphavantage",
                        "2024-06-17=169.5 alphavantage",
                        "2024-06-18=170.55 alphavantage");
        String asked = lastRequestTo(ALPHAVANTAGE);
        assertThat(asked)
                .contains("function=TIME_SERIES_DAILY")
                .contains("symbol=IBM")
                .contains("outputsize=full")
                .contains("apikey=operator-env-key");
    }

    @ParameterizedTest
    @CsvSource({
        "STOOQ, quotes/history/stooq-d-l-no-data.shape.txt, AAAPL.US, STOCK, 200",
        "ALPHAVANTAGE, quotes/history/alphavantage-error-message.shape.json, NOPE, FUND, 200",
        "BITCOIN, quotes/history/coingecko-coin-not-found.sample.json, BTC, CRYPTO, 404"
    })
    void aSymbolTheProviderDoesNotKnowIs404(String where, String fixture, String symbol, String type, int status) {
        providers.serve(path(where), fixture, status);

        Api.Reply reply = history(member, symbol, type, "2024-06-01", "2024-06-10");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.field("/code")).isEqualTo("not_found");
    }

    @ParameterizedTest
    @CsvSource({
        "STOOQ, quotes/history/alphavantage-note.sample.json, AAPL.US, STOCK",
        "ALPHAVANTAGE, quotes/history/alphavantage-note.sample.json, IBM, FUND",
        "ALPHAVANTAGE, quotes/history/alphavantage-information.shape.json, IBM, FUND"
    })
    void aThrottledOrRefusingProviderWithNothingStoredIs503(String where, String fixture, String symbol, String type) {
        providers.serve(path(where), fixture);

        Api.Reply reply = history(member, symbol, type, "2024-06-10", "2024-06-18");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.field("/code")).isEqualTo("upstream_unavailable");
        assertThat(reply.text()).doesNotContain("operator-env-key");
    }

    @Test
    void stooqsHtmlPageForAMissingKeyIsAFailureNotData() {
        providers.serveText(STOOQ, "<!DOCTYPE html><html><head><title>Stooq</title></head><body>apikey</body></html>");

        Api.Reply reply = history(member, "AAPL.US", "STOCK", "2025-09-01", "2025-09-19");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.field("/code")).isEqualTo("upstream_unavailable");
    }

    @Test
    void storedClosesAreServedAgainWithoutAskingAndWhileTheProviderIsDown() throws Exception {
        List<String> first = closes(history(member, "AAPL.US", "STOCK", "2025-09-10", "2025-09-19"));
        long asked = requestsTo(STOOQ);
        providers.behave(STOOQ, Behaviour.SERVER_ERROR);

        Api.Reply again =
                history(TestTokens.access(newTenant(), "VIEWER"), "AAPL.US", "STOCK", "2025-09-10", "2025-09-19");

        assertThat(again.status()).isEqualTo(200);
        assertThat(closes(again)).isEqualTo(first);
        assertThat(requestsTo(STOOQ)).as("the range is covered: no download").isEqualTo(asked);

        Api.Reply down = history(member, "AAPL.US", "STOCK", "2025-08-01", "2025-09-19"); // earlier days never stored

        assertThat(requestsTo(STOOQ))
                .as("the days not stored yet were asked for")
                .isEqualTo(asked + 1);
        assertThat(down.status()).as(down.toString()).isEqualTo(200);
        assertThat(closes(down)).endsWith(first.toArray(String[]::new));
    }

    @Test
    void aDayLaterOnlyTheDaysSinceTheLastDownloadAreAskedFor() throws Exception {
        LocalDate today = LocalDate.now(clock);
        assertThat(history(member, "AAPL.US", "STOCK", "2025-09-10", today.toString())
                        .status())
                .isEqualTo(200);
        ownerSql("update quote_history_coverage set covered_to = covered_to - 1");

        Api.Reply again = history(member, "AAPL.US", "STOCK", "2025-09-10", today.toString());

        assertThat(again.status()).isEqualTo(200);
        assertThat(lastRequestTo(STOOQ))
                .as("from a week before the last download, to compare with what is stored")
                .contains("d1="
                        + today.minusDays(1 + QuoteHistory.OVERLAP_DAYS)
                                .toString()
                                .replace("-", ""));
        assertThat(closes(again)).first().isEqualTo("2025-09-03=" + closeOn("2025-09-03") + " stooq");
    }

    @Test
    void aFailingProviderWithNothingStoredIs503() {
        providers.behave(STOOQ, Behaviour.GARBAGE);

        Api.Reply reply = history(member, "AAPL.US", "STOCK", "2025-09-01", "2025-09-19");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.field("/code")).isEqualTo("upstream_unavailable");
    }

    @Test
    void aQuoteRefreshRecordsThatDaysClose() {
        assertThat(api().get("/api/v1/quotes/A.US?assetType=STOCK")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(200);
        providers.behave(STOOQ, Behaviour.SERVER_ERROR);

        Api.Reply reply = history(member, "A.US", "STOCK", "2022-01-10", "2022-01-14");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(closes(reply)).containsExactly("2022-01-14=144.68 stooq");
    }

    @Test
    void aManualPriceIsACloseForItsTenantOnlyAndWinsOnItsDay() throws Exception {
        Api.Reply set = api().put(
                        "/api/v1/quotes/AAPL.US/manual-price",
                        Map.of(
                                "assetType",
                                "STOCK",
                                "price",
                                "240.10",
                                "currency",
                                "USD",
                                "asOf",
                                "2025-09-18T20:00:00Z"))
                .token(member)
                .send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        String other = TestTokens.access(newTenant(), "MEMBER");

        List<String> mine = closes(history(member, "AAPL.US", "STOCK", "2025-09-17", "2025-09-19"));
        List<String> theirs = closes(history(other, "AAPL.US", "STOCK", "2025-09-17", "2025-09-19"));

        assertThat(mine).contains("2025-09-17=238.99 stooq", "2025-09-18=240.1 manual", "2025-09-19=245.5 stooq");
        assertThat(theirs).contains("2025-09-18=237.88 stooq").noneMatch(close -> close.endsWith("manual"));

        assertThat(api().delete("/api/v1/quotes/AAPL.US/manual-price?assetType=STOCK")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(closes(history(member, "AAPL.US", "STOCK", "2025-09-17", "2025-09-19")))
                .contains("2025-09-18=237.88 stooq");
    }

    @Test
    void anAssetNoProviderPricesHasItsManualClosesForItsTenantAndIs404ForOthers() throws Exception {
        LocalDate today = LocalDate.now(clock);
        for (String[] price :
                new String[][] {{"24000000", "2026-01-10T09:00:00Z"}, {"25000000", "2026-02-01T09:00:00Z"}}) {
            Api.Reply set = api().put(
                            "/api/v1/quotes/FLAT-MUMBAI/manual-price",
                            Map.of("assetType", "OTHER", "price", price[0], "currency", "INR", "asOf", price[1]))
                    .token(member)
                    .send();
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
        }

        Api.Reply mine = history(member, "FLAT-MUMBAI", "OTHER", "2026-01-01", "2026-03-01");
        Api.Reply theirs =
                history(TestTokens.access(newTenant(), "VIEWER"), "FLAT-MUMBAI", "OTHER", "2026-01-01", "2026-03-01");
        Api.Reply quiet = history(member, "FLAT-MUMBAI", "OTHER", null, today.toString());

        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.field("/currency")).isEqualTo("INR");
        assertThat(closes(mine)).containsExactly("2026-01-10=24000000 manual", "2026-02-01=25000000 manual");
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.field("/code")).isEqualTo("not_found");
        assertThat(quiet.status())
                .as("known, just no close in the last 30 days")
                .isEqualTo(200);
        assertThat(quiet.json().at("/closes").size()).isZero();
    }

    @Test
    void badParametersAreValidationProblemsNamingTheField() {
        LocalDate today = LocalDate.now(clock);
        record Bad(String query, String field) {}
        for (Bad bad : List.of(
                new Bad("from=2024-02-01&to=2024-01-01", "from"),
                new Bad("from=1990-01-01&to=2024-01-01", "to"),
                new Bad("from=1899-12-31&to=1900-01-10", "from"),
                new Bad("to=" + today.plusDays(2), "to"),
                new Bad("from=" + today.plusDays(2), "from"),
                new Bad("from=2024-13-01", "from"),
                new Bad("to=yesterday", "to"))) {
            Api.Reply reply = api().get("/api/v1/quotes/AAPL.US/history?" + bad.query())
                    .token(member)
                    .send();
            assertThat(reply.status()).as(bad.query() + " " + reply).isEqualTo(400);
            assertThat(reply.field("/code")).isEqualTo("validation_failed");
            assertThat(reply.field("/errors/0/field")).as(bad.query()).isEqualTo(bad.field());
        }
        assertThat(api().get("/api/v1/quotes/AAPL.US/history?assetType=BONDS")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/quotes/" + "X".repeat(40) + "/history")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/quotes/AAPL.US/history").send().status()).isEqualTo(401);
    }

    @Test
    void eachCloseSaysWhetherItIsSplitAdjustedManualAndRefreshClosesAreNot() throws Exception {
        Api.Reply set = api().put(
                        "/api/v1/quotes/AAPL.US/manual-price",
                        Map.of(
                                "assetType",
                                "STOCK",
                                "price",
                                "240.10",
                                "currency",
                                "USD",
                                "asOf",
                                "2025-09-18T20:00:00Z"))
                .token(member)
                .send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);

        Api.Reply mixed = history(member, "AAPL.US", "STOCK", "2025-09-17", "2025-09-19");
        Api.Reply downloaded =
                history(TestTokens.access(newTenant(), "VIEWER"), "AAPL.US", "STOCK", "2025-09-17", "2025-09-19");

        assertThat(flagged(mixed))
                .contains(
                        "2025-09-17=238.99 stooq adjusted",
                        "2025-09-18=240.1 manual raw",
                        "2025-09-19=245.5 stooq adjusted");
        assertThat(mixed.json().at("/closes/0/splitAdjusted").isBoolean()).isTrue();
        assertThat(mixed.json().at("/adjustedForSplits").asBoolean())
                .as("not every close is adjusted")
                .isFalse();
        assertThat(flagged(downloaded)).isNotEmpty().allMatch(close -> close.endsWith("stooq adjusted"));
        assertThat(downloaded.json().at("/adjustedForSplits").asBoolean()).isTrue();

        assertThat(api().get("/api/v1/quotes/A.US?assetType=STOCK")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(200);
        providers.behave(STOOQ, Behaviour.SERVER_ERROR);
        Api.Reply refreshed = history(member, "A.US", "STOCK", "2022-01-10", "2022-01-14");

        assertThat(flagged(refreshed)).containsExactly("2022-01-14=144.68 stooq raw");
        assertThat(refreshed.json().at("/adjustedForSplits").asBoolean()).isFalse();
        assertThat(count("select count(*) from quote_closes where symbol = 'A.US' and not split_adjusted"
                        + " and origin = 'refresh'"))
                .as("stored as not adjusted too")
                .isEqualTo(1);
    }

    @Test
    void aDownloadOnANewAdjustmentBasisReplacesEveryStoredDownloadedClose() throws Exception {
        // Before a 4:1 split, the series was adjusted to the old share unit: every close four times today's.
        providers.serveText(STOOQ, scaledStooqFixture(4));
        List<String> before = closes(history(member, "AAPL.US", "STOCK", "2025-08-01", "2025-09-19"));
        assertThat(before)
                .contains("2025-08-01="
                        + new java.math.BigDecimal(closeOn("2025-08-01"))
                                .multiply(java.math.BigDecimal.valueOf(4))
                                .stripTrailingZeros()
                                .toPlainString()
                        + " stooq");
        // As if that download had been made on 2025-09-15: the next one asks only from a week before then.
        ownerSql("update quote_history_coverage set covered_to = '2025-09-15'");
        providers.serve(STOOQ, "quotes/history/stooq-d-l-aapl.us.sample.csv");
        long asked = requestsTo(STOOQ);

        Api.Reply after = history(member, "AAPL.US", "STOCK", "2025-08-01", "2025-09-19");

        List<String> requests = providers.requests().stream()
                .filter(request -> request.startsWith(STOOQ + "?"))
                .toList();
        assertThat(requests).hasSize((int) asked + 2);
        assertThat(requests.get((int) asked)).as("the overlapping window").contains("d1=20250908");
        assertThat(requests.get((int) asked + 1))
                .as("then the asked days again")
                .contains("d1=20250725");
        List<String> expected = fixtureLines("quotes/history/stooq-d-l-aapl.us.sample.csv").stream()
                .filter(line -> line.compareTo("2025-07-25") >= 0 && line.compareTo("2025-09-20") < 0)
                .map(line -> line.substring(0, 10) + "=" + closeOn(line.substring(0, 10)) + " stooq")
                .toList();
        assertThat(closes(after)).as("no close left on the old basis").isEqualTo(expected);
        assertThat(count("select count(*) from quote_history_coverage where symbol = 'AAPL.US'"
                        + " and covered_from = '2025-07-25' and covered_to = current_date"))
                .isEqualTo(1);
    }

    @Test
    void anOverlappingDownloadOnTheSameBasisKeepsWhatIsStored() throws Exception {
        List<String> before = closes(history(member, "AAPL.US", "STOCK", "2025-08-01", "2025-09-19"));
        ownerSql("update quote_history_coverage set covered_to = '2025-09-15'");
        long asked = requestsTo(STOOQ);

        List<String> after = closes(history(member, "AAPL.US", "STOCK", "2025-08-01", "2025-09-19"));

        assertThat(after).isEqualTo(before);
        assertThat(requestsTo(STOOQ)).as("only the overlapping window").isEqualTo(asked + 1);
        assertThat(lastRequestTo(STOOQ)).contains("d1=20250908");
    }

    @Test
    void aRefreshCloseNeverOverwritesADownloadedCloseOfTheSameDayButFillsADayWithout() throws Exception {
        String csv = "Date,Open,High,Low,Close,Volume\r\n2022-01-13,1,1,1,141.5,100\r\n2022-01-14,1,1,1,143,100\r\n";
        providers.serveText(STOOQ, csv);
        assertThat(closes(history(member, "B.US", "STOCK", "2022-01-10", "2022-01-14")))
                .containsExactly("2022-01-13=141.5 stooq", "2022-01-14=143 stooq");

        assertThat(api().get("/api/v1/quotes/B.US?assetType=STOCK")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(200);

        assertThat(flagged(history(member, "B.US", "STOCK", "2022-01-10", "2022-01-14")))
                .as("the official close stays")
                .containsExactly("2022-01-13=141.5 stooq adjusted", "2022-01-14=143 stooq adjusted");

        assertThat(api().get("/api/v1/quotes/C.US?assetType=STOCK")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(flagged(history(member, "C.US", "STOCK", "2022-01-10", "2022-01-14")))
                .as("downloaded after the refresh: the day's close replaces the stand-in")
                .containsExactly("2022-01-13=141.5 stooq adjusted", "2022-01-14=143 stooq adjusted");
    }

    @Test
    void moreThanTwentyFiveYearsIsA400NamingToAndTwentyFiveAreFine() {
        Api.Reply tooLong = api().get("/api/v1/quotes/AAPL.US/history?from=1990-01-01&to=2015-01-02")
                .token(member)
                .send();
        Api.Reply longest = api().get("/api/v1/quotes/AAPL.US/history?from=1990-01-01&to=2015-01-01")
                .token(member)
                .send();

        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.field("/code")).isEqualTo("validation_failed");
        assertThat(tooLong.field("/errors/0/field")).isEqualTo("to");
        assertThat(tooLong.field("/errors/0/message"))
                .contains("at most 25 years after from (1990-01-01)")
                .contains("chunks");
        assertThat(longest.status()).as(longest.toString()).isEqualTo(200);
    }

    @Test
    void theDefaultsAreTheLastThirtyDaysUpToToday() {
        Api.Reply reply = api().get("/api/v1/quotes/AAPL.US/history")
                .token(TestTokens.access(tenant, "VIEWER"))
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String asked = lastRequestTo(STOOQ);
        LocalDate today = LocalDate.now(clock);
        assertThat(asked)
                .contains("d1=" + today.minusDays(37).toString().replace("-", ""))
                .contains("d2=" + today.toString().replace("-", ""));
    }

    @Test
    void theEndpointIsDocumentedWithAnExample() {
        Api.Reply docs = api().get("/v3/api-docs").send();

        JsonNode operation = docs.json().at("/paths/~1api~1v1~1quotes~1{symbol}~1history/get");
        assertThat(operation.isMissingNode()).as(docs.text()).isFalse();
        assertThat(operation.toString()).contains("adjustedForSplits").contains("185.64");
    }

    private Api.Reply history(String token, String symbol, String type, String from, String to) {
        StringBuilder query = new StringBuilder("?assetType=" + type);
        if (from != null) {
            query.append("&from=").append(from);
        }
        if (to != null) {
            query.append("&to=").append(to);
        }
        return api().get("/api/v1/quotes/" + symbol + "/history" + query)
                .token(token)
                .send();
    }

    private static List<String> closes(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> closes = new ArrayList<>();
        for (JsonNode close : reply.json().at("/closes")) {
            closes.add(close.path("date").asString() + "=" + close.path("close").asString() + " "
                    + close.path("source").asString());
        }
        return closes;
    }

    /** Each close as {@code date=close source adjusted|raw}, by its own splitAdjusted flag. */
    private static List<String> flagged(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> closes = new ArrayList<>();
        for (JsonNode close : reply.json().at("/closes")) {
            assertThat(close.path("splitAdjusted").isBoolean())
                    .as(close.toString())
                    .isTrue();
            closes.add(close.path("date").asString() + "=" + close.path("close").asString() + " "
                    + close.path("source").asString()
                    + (close.path("splitAdjusted").asBoolean() ? " adjusted" : " raw"));
        }
        return closes;
    }

    /** Stooq's AAPL fixture with every close multiplied, as it was adjusted before a split. */
    private static String scaledStooqFixture(int factor) {
        List<String> lines = fixtureLines("quotes/history/stooq-d-l-aapl.us.sample.csv");
        StringBuilder csv = new StringBuilder(lines.get(0).strip()).append("\r\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.strip().split(",");
            fields[4] = new java.math.BigDecimal(fields[4])
                    .multiply(java.math.BigDecimal.valueOf(factor))
                    .toPlainString();
            csv.append(String.join(",", fields)).append("\r\n");
        }
        return csv.toString();
    }

    private static String path(String where) {
        return switch (where) {
            case "STOOQ" -> STOOQ;
            case "ALPHAVANTAGE" -> ALPHAVANTAGE;
            case "BITCOIN" -> BITCOIN;
            default -> throw new IllegalArgumentException(where);
        };
    }

    private static String lastRequestTo(String path) {
        List<String> requests = providers.requests();
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).startsWith(path + "?")) {
                return requests.get(i);
            }
        }
        throw new AssertionError("no request to " + path);
    }

    private static long requestsTo(String path) {
        return providers.requests().stream()
                .filter(request -> request.startsWith(path + "?"))
                .count();
    }

    private static String closeOn(String day) {
        return fixtureLines("quotes/history/stooq-d-l-aapl.us.sample.csv").stream()
                .filter(line -> line.startsWith(day))
                .map(line -> new java.math.BigDecimal(line.split(",")[4])
                        .stripTrailingZeros()
                        .toPlainString())
                .findFirst()
                .orElseThrow();
    }

    private static String alphaVantageClose(String day) {
        try {
            JsonNode body = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(java.nio.file.Files.readString(dev.finsuite.market.ProviderFixtures.FIXTURES.resolve(
                            "quotes/history/alphavantage-time-series-daily.sample.json")));
            return new java.math.BigDecimal(
                            body.at("/Time Series (Daily)/" + day + "/4. close").asString())
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fixtureLines(String fixture) {
        try {
            return java.nio.file.Files.readAllLines(dev.finsuite.market.ProviderFixtures.FIXTURES.resolve(fixture));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ownerSql(String sql) throws Exception {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
