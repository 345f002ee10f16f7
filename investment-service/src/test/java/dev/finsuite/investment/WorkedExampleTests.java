package dev.finsuite.investment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.investment.watchlist.AlertEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The README's worked example, step by step, with the figures the README prints: buy, dividend, split, sell,
 * holdings, performance of the year, and a price alert firing once.
 */
class WorkedExampleTests extends LedgerFixtures {

    @Autowired
    AlertEvaluation alerts;

    @Test
    void theReadmesWorkedExampleGivesTheFiguresItShows() throws Exception {
        UUID tenant = newTenant("USD");
        String token = member(tenant);
        String symbol = "WX" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        MARKET.quote(symbol, "230", "USD");
        // Split-adjusted daily closes, as providers give them: 100 in August (400 before the 4:1 split), 120 in
        // September, 130 from October.
        List<String> closes = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2020, 7, 25);
                !day.isAfter(LocalDate.of(2020, 12, 31));
                day = day.plusDays(1)) {
            closes.add(day.toString());
            closes.add(day.getMonthValue() == 8 ? "100" : day.getMonthValue() == 9 ? "120" : "130");
        }
        MARKET.history(symbol, closes.toArray(String[]::new));

        String account = account(token, "Brokerage", "FIFO");
        String asset = asset(token, symbol, "USD");
        Map<String, Object> buy = activity(account, asset, "BUY", "2020-08-03", "10", "400");
        buy.put("fee", "1");
        record(token, buy);
        Map<String, Object> dividend = activity(account, asset, "DIVIDEND", "2020-08-14", "10", "0.82");
        dividend.put("tax", "1.23");
        record(token, dividend);
        assertThat(api().post(
                                "/api/v1/investments/assets/" + asset + "/splits",
                                Map.of("exDate", "2020-08-31", "numerator", 4, "denominator", 1))
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(201);
        Map<String, Object> sell = activity(account, asset, "SELL", "2020-09-15", "20", "120");
        sell.put("fee", "1");
        record(token, sell);

        JsonNode holding = api().get("/api/v1/portfolio/holdings")
                .token(token)
                .send()
                .json()
                .at("/holdings/0");
        assertThat(holding.at("/quantity").asString()).isEqualTo("20");
        assertThat(holding.at("/costBasis").asString()).isEqualTo("2000.50");
        assertThat(holding.at("/averageUnitCost").asString()).isEqualTo("100.025");
        assertThat(holding.at("/marketValue").asString()).isEqualTo("4600.00");
        assertThat(holding.at("/unrealisedGain").asString()).isEqualTo("2599.50");
        assertThat(holding.at("/realisedGain").asString()).isEqualTo("398.50");
        assertThat(holding.at("/dividends").asString()).isEqualTo("8.20");
        assertThat(holding.at("/taxes").asString()).isEqualTo("1.23");
        assertThat(holding.at("/fees").asString()).isEqualTo("2.00");

        JsonNode year = api().get("/api/v1/portfolio/performance?range=2020")
                .token(token)
                .send()
                .json();
        assertThat(year.at("/endValue").asString()).isEqualTo("2600.00");
        assertThat(year.at("/netFlows").asString()).isEqualTo("1602.00");
        assertThat(year.at("/income").asString()).isEqualTo("6.97");
        assertThat(year.at("/absoluteGain").asString()).isEqualTo("1004.97");
        assertThat(year.at("/timeWeighted/value").asString()).isEqualTo("0.30166853");
        assertThat(year.at("/timeWeighted/annualised").asBoolean()).isFalse();
        assertThat(year.at("/moneyWeighted/value").asString()).startsWith("1.3621");

        Api.Reply watched = api().post("/api/v1/watchlist", Map.of("symbol", symbol, "dataSource", "STOOQ"))
                .token(token)
                .send();
        Api.Reply alert = api().post(
                        "/api/v1/watchlist/" + watched.field("/id") + "/alerts",
                        Map.of("condition", "ABOVE", "threshold", "225"))
                .token(token)
                .send();
        assertThat(alert.field("/state")).isEqualTo("ARMED");
        alerts.evaluate(tenant);
        alerts.evaluate(tenant);
        JsonNode fired = api().get("/api/v1/watchlist/alerts/" + alert.field("/id"))
                .token(token)
                .send()
                .json();
        assertThat(fired.at("/state").asString()).isEqualTo("TRIGGERED");
        assertThat(fired.at("/triggeredPrice").asString()).isEqualTo("230");
        assertThat(api().get("/api/v1/watchlist/alerts/events")
                        .token(token)
                        .send()
                        .field("/totalItems"))
                .isEqualTo("1");
    }
}
