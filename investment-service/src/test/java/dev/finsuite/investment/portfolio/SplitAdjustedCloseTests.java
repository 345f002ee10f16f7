package dev.finsuite.investment.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.investment.LedgerFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * market-service says per close whether it is split-adjusted (per today's unit) or per unit of its own day:
 * valuations scale only the latter, by the splits after its day, and ask long ranges in spans market-service takes.
 */
class SplitAdjustedCloseTests extends LedgerFixtures {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void aCloseNotAdjustedBeforeASplitIsScaledOnceAndAnAdjustedOneIsNot() throws Exception {
        String token = member(newTenant());
        String symbol = unique("SAC");
        // 10 units bought before a 4:1 split are 40 of today's units. On 2020-08-27 market-service gives a close
        // already per today's unit (125); on 2020-08-28 one per unit of that day (500, a refresh or manual close),
        // which is 125 per today's unit once divided by 4.
        MARKET.quote(symbol, "130", "INR")
                .flaggedHistory(
                        symbol, "2020-08-27", "125", "true", "2020-08-28", "500", "false", "2020-09-01", "130", "true");
        String account = account(token, "Main", "FIFO");
        String asset = asset(token, symbol, "INR");
        record(token, activity(account, asset, "BUY", "2020-08-03", "10", "400"));
        Api.Reply split = api().post(
                        "/api/v1/investments/assets/" + asset + "/splits",
                        Map.of("exDate", "2020-08-31", "numerator", 4, "denominator", 1))
                .token(token)
                .send();
        assertThat(split.status()).as(split.toString()).isBetween(200, 201);

        JsonNode history = api().get("/api/v1/portfolio/history?range=2020")
                .token(token)
                .send()
                .json();

        assertThat(marketValueOn(history, "2020-08-27"))
                .as("adjusted: 40 × 125, not scaled again")
                .isEqualTo("5000.00");
        assertThat(marketValueOn(history, "2020-08-28"))
                .as("not adjusted: 40 × 500 / 4, scaled once")
                .isEqualTo("5000.00");
        assertThat(marketValueOn(history, "2020-09-01"))
                .as("after the split nothing to scale")
                .isEqualTo("5200.00");
    }

    @Test
    void aLedgerOlderThanTwentyFiveYearsIsValuedFromClosesAskedInSpans() throws Exception {
        String token = member(newTenant());
        String symbol = unique("OLD");
        MARKET.quote(symbol, "120", "INR")
                .flaggedHistory(symbol, "1995-01-03", "100", "true", "2025-01-02", "110", "true");
        String account = account(token, "Main", "FIFO");
        record(token, activity(account, asset(token, symbol, "INR"), "BUY", "1995-01-03", "10", "100"));
        int asked = MARKET.requests("/api/v1/quotes/" + symbol + "/history");

        JsonNode history = api().get("/api/v1/portfolio/history?range=MAX")
                .token(token)
                .send()
                .json();

        assertThat(history.at("/from").asString()).isEqualTo("1995-01-02");
        assertThat(marketValueOn(history, "1995-01-03"))
                .as(history.at("/points/1").toString())
                .isEqualTo("1000.00");
        assertThat(marketValueOn(history, "2025-01-02")).isEqualTo("1100.00");
        assertThat(MARKET.requests("/api/v1/quotes/" + symbol + "/history") - asked)
                .as("more than 25 years is asked in spans of at most 20")
                .isEqualTo(2);
    }

    private static String marketValueOn(JsonNode history, String day) {
        for (JsonNode point : history.at("/points")) {
            if (point.at("/date").asString().equals(day)) {
                return point.at("/marketValue").isNull()
                                || point.at("/marketValue").isMissingNode()
                        ? null
                        : point.at("/marketValue").asString();
            }
        }
        throw new AssertionError("no point on " + day + " in " + history);
    }
}
