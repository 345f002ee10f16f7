package dev.finsuite.investment.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.investment.LedgerFixtures;
import dev.finsuite.investment.ledger.PendingConversions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Holdings, gains, allocation, dividends and performance over HTTP, against the oracles. */
class PortfolioTests extends LedgerFixtures {

    @Autowired
    PendingConversions pendingConversions;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** The oracle: buys 100@95, 200@105, 100@107; sell 150@110; buys 50@100, 300@107.5; sell 200@108. */
    private void oracleLedger(String token, String account, String asset) {
        record(token, activity(account, asset, "BUY", "2024-01-02", "100", "95"));
        record(token, activity(account, asset, "BUY", "2024-02-01", "200", "105"));
        record(token, activity(account, asset, "BUY", "2024-03-01", "100", "107"));
        record(token, activity(account, asset, "SELL", "2024-04-01", "150", "110"));
        record(token, activity(account, asset, "BUY", "2024-05-02", "50", "100"));
        record(token, activity(account, asset, "BUY", "2024-06-03", "300", "107.5"));
        record(token, activity(account, asset, "SELL", "2024-07-01", "200", "108"));
    }

    private JsonNode holding(String token, String account) {
        Api.Reply reply = api().get("/api/v1/portfolio/holdings?accountId=" + account)
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().at("/holdings").size()).isEqualTo(1);
        return reply.json().at("/holdings/0");
    }

    @Test
    void averageAndFifoMatchTheOracleAndAChangedMethodRecomputes() throws Exception {
        String token = member(newTenant());
        String symbol = unique("ORC");
        MARKET.quote(symbol, "108", "INR");
        String average = account(token, "Average", "AVERAGE");
        String fifo = account(token, "Fifo", "FIFO");
        String asset = asset(token, symbol, "INR");
        oracleLedger(token, average, asset);
        oracleLedger(token, fifo, asset);

        JsonNode byAverage = holding(token, average);
        JsonNode byFifo = holding(token, fifo);

        assertThat(byAverage.at("/costBasisMethod").asString()).isEqualTo("AVERAGE");
        assertThat(byAverage.at("/quantity").asString()).isEqualTo("400");
        assertThat(byAverage.at("/realisedGain").asString()).isEqualTo("1650.00");
        assertThat(byAverage.at("/unrealisedGain").asString()).isEqualTo("1200.00");
        assertThat(byFifo.at("/realisedGain").asString()).isEqualTo("2250.00");
        assertThat(byFifo.at("/unrealisedGain").asString()).isEqualTo("600.00");
        assertThat(byFifo.at("/marketValue").asString()).isEqualTo("43200.00");
        assertThat(byFifo.at("/price/value").asString()).isEqualTo("108");
        assertThat(byFifo.at("/base/realisedGain").asString()).isEqualTo("2250.00");
        assertThat(byFifo.at("/base/rate").asString()).isEqualTo("1");

        Api.Reply changed = api().patch("/api/v1/investments/accounts/" + fifo, Map.of("costBasisMethod", "AVERAGE"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode recomputed = holding(token, fifo);
        assertThat(recomputed.at("/realisedGain").asString()).isEqualTo("1650.00");
        assertThat(recomputed.at("/unrealisedGain").asString()).isEqualTo("1200.00");
    }

    @Test
    void realisedGainsListEachSaleAndLotOfTheYear() throws Exception {
        String token = member(newTenant());
        String symbol = unique("RG");
        MARKET.quote(symbol, "108", "INR");
        String fifo = account(token, "Fifo", "FIFO");
        String average = account(token, "Average", "AVERAGE");
        String asset = asset(token, symbol, "INR");
        oracleLedger(token, fifo, asset);
        oracleLedger(token, average, asset);

        JsonNode report = api().get("/api/v1/portfolio/realised-gains?year=2024&accountId=" + fifo)
                .token(token)
                .send()
                .json();
        JsonNode averaged = api().get("/api/v1/portfolio/realised-gains?year=2024&accountId=" + average)
                .token(token)
                .send()
                .json();
        JsonNode otherYear = api().get("/api/v1/portfolio/realised-gains?year=2023")
                .token(token)
                .send()
                .json();

        // FIFO: the first sale takes 100@95 and 50 of 200@105; the second 150@105 and 50@107.
        assertThat(report.at("/lines").size()).isEqualTo(4);
        assertThat(report.at("/lines/0/acquired").asString()).isEqualTo("2024-01-02");
        assertThat(report.at("/lines/0/gain").asString()).isEqualTo("1500.00");
        assertThat(report.at("/lines/1/gain").asString()).isEqualTo("250.00");
        assertThat(report.at("/totalGainBase").asString()).isEqualTo("2250.00");
        assertThat(averaged.at("/lines").size()).isEqualTo(2);
        assertThat(averaged.at("/lines/0/acquired").isMissingNode()
                        || averaged.at("/lines/0/acquired").isNull())
                .isTrue();
        assertThat(averaged.at("/totalGainBase").asString()).isEqualTo("1650.00");
        assertThat(otherYear.at("/lines").size()).isZero();
        assertThat(api().get("/api/v1/portfolio/realised-gains?year=3000")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aBaseCurrencyGainSplitsIntoPriceAndCurrencyEffect() throws Exception {
        String token = member(newTenant("USD"));
        String symbol = unique("BHP");
        String account = account(token, "ASX", "FIFO");
        String asset = asset(token, symbol, "AUD");
        MARKET.rate("AUD", "USD", "0.6372");
        try {
            record(token, activity(account, asset, "BUY", "2025-02-03", "5", "20"));
            MARKET.rate("AUD", "USD", "0.6149").quote(symbol, "15", "AUD");

            JsonNode holding = holding(token, account);

            assertThat(holding.at("/base/costBasis").asString()).isEqualTo("63.72");
            assertThat(holding.at("/base/unrealisedGain").asString()).isEqualTo("-17.60");
            assertThat(holding.at("/base/currencyEffect").asString()).isEqualTo("-2.23");
            assertThat(holding.at("/base/priceEffect").asString()).isEqualTo("-15.37");
            assertThat(holding.at("/unrealisedGain").asString()).isEqualTo("-25.00");
        } finally {
            MARKET.rate("AUD", "USD", "0.6372");
        }
    }

    @Test
    void aMissingPriceOrRateIsUnknownWithItsReasonNeverZero() throws Exception {
        String token = member(newTenant());
        String priced = unique("PX");
        String unpriced = unique("NOPX");
        MARKET.quote(priced, "10", "INR");
        String account = account(token, "Main", "FIFO");
        record(token, activity(account, asset(token, priced, "INR"), "BUY", "2025-01-02", "10", "9"));
        record(token, activity(account, asset(token, unpriced, "INR"), "BUY", "2025-01-02", "10", "9"));
        String pound = asset(token, unique("GBPX"), "GBP");
        record(token, activity(account, pound, "BUY", "2025-01-02", "1", "50"));

        Api.Reply reply = api().get("/api/v1/portfolio/holdings").token(token).send();

        JsonNode unknownPrice = find(reply.json().at("/holdings"), unpriced);
        assertThat(unknownPrice.at("/marketValue").isMissingNode()
                        || unknownPrice.at("/marketValue").isNull())
                .isTrue();
        assertThat(unknownPrice.at("/unknown/0/field").asString()).isEqualTo("marketValue");
        assertThat(unknownPrice.at("/unknown/0/reason").asString()).contains("no price");
        JsonNode noRate = find(reply.json().at("/holdings"), "GBPX");
        assertThat(noRate.at("/base/rate").isMissingNode()).isTrue();
        assertThat(noRate.toString()).contains("GBP→INR");
        assertThat(reply.json().at("/totals/marketValue").asString()).isEqualTo("100.00");
        assertThat(reply.json().at("/totals/holdings").asInt()).isEqualTo(3);
        assertThat(reply.json().at("/totals/leftOutOfMarketValue").asInt()).isEqualTo(2);
        assertThat(find(reply.json().at("/holdings"), priced).at("/allocation").asString())
                .isEqualTo("1.000000");
    }

    @Test
    void aPendingConversionLeavesBaseFiguresUnknownUntilTheJobConvertsIt() throws Exception {
        String token = member(newTenant());
        String symbol = unique("CHF");
        MARKET.quote(symbol, "12", "CHF");
        String account = account(token, "Swiss", "FIFO");
        String asset = asset(token, symbol, "CHF");
        String buy = record(token, activity(account, asset, "BUY", "2025-01-02", "10", "10"));
        assertThat(holding(token, account).at("/base/costBasis").isMissingNode())
                .isTrue();
        assertThat(holding(token, account).toString()).contains("pending");

        MARKET.rate("CHF", "INR", "95.5");
        assertThat(pendingConversions.runOnce()).isGreaterThanOrEqualTo(1);

        Api.Reply converted =
                api().get("/api/v1/investments/activities/" + buy).token(token).send();
        assertThat(converted.field("/conversion/status")).isEqualTo("CONVERTED");
        assertThat(converted.field("/conversion/baseAmount")).isEqualTo("9550.00");
        JsonNode holding = holding(token, account);
        assertThat(holding.at("/base/costBasis").asString()).isEqualTo("9550.00");
        assertThat(holding.at("/base/marketValue").asString()).isEqualTo("11460.00");
    }

    @Test
    void aSplitScalesTheHoldingAndDividendsAddUpByMonthAndYear() throws Exception {
        String token = member(newTenant());
        String symbol = unique("SPL");
        MARKET.quote(symbol, "130", "INR");
        String account = account(token, "Main", "FIFO");
        String asset = asset(token, symbol, "INR");
        record(token, activity(account, asset, "BUY", "2020-08-03", "10", "400"));
        api().post(
                        "/api/v1/investments/assets/" + asset + "/splits",
                        Map.of("exDate", "2020-08-31", "numerator", 4, "denominator", 1))
                .token(token)
                .send();
        Map<String, Object> dividend = activity(account, asset, "DIVIDEND", "2020-11-06", "40", "0.205");
        dividend.put("tax", "1.23");
        record(token, dividend);
        record(token, activity(account, asset, "DIVIDEND", "2020-11-20", "1", "10"));
        record(token, activity(account, asset, "DIVIDEND", "2021-02-05", "40", "0.205"));

        JsonNode holding = holding(token, account);
        JsonNode monthly = api().get("/api/v1/portfolio/dividends?groupBy=month")
                .token(token)
                .send()
                .json();
        JsonNode yearly = api().get("/api/v1/portfolio/dividends?groupBy=year")
                .token(token)
                .send()
                .json();

        assertThat(holding.at("/quantity").asString()).isEqualTo("40");
        assertThat(holding.at("/costBasis").asString()).isEqualTo("4000.00");
        assertThat(holding.at("/averageUnitCost").asString()).isEqualTo("100");
        assertThat(holding.at("/dividends").asString()).isEqualTo("26.40");
        assertThat(monthly.at("/periods/0/period").asString()).isEqualTo("2020-11");
        assertThat(monthly.at("/periods/0/gross").asString()).isEqualTo("18.20");
        assertThat(monthly.at("/periods/0/taxWithheld").asString()).isEqualTo("1.23");
        assertThat(monthly.at("/periods/0/net").asString()).isEqualTo("16.97");
        assertThat(yearly.at("/periods").size()).isEqualTo(2);
        assertThat(yearly.at("/net").asString()).isEqualTo("25.17");
        assertThat(api().get("/api/v1/portfolio/dividends?groupBy=week")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void allocationGroupsTodaysValueAndCountsWhatItLeavesOut() throws Exception {
        String token = member(newTenant());
        String equity = unique("EQ");
        String fund = unique("FD");
        MARKET.quote(equity, "30", "INR").quote(fund, "10", "INR");
        String account = account(token, "Main", "FIFO");
        record(token, activity(account, asset(token, equity, "INR"), "BUY", "2025-01-02", "10", "20"));
        Api.Reply etf = api().post(
                        "/api/v1/investments/assets",
                        Map.of(
                                "symbol",
                                fund,
                                "dataSource",
                                "STOOQ",
                                "name",
                                "Index fund",
                                "assetClass",
                                "ETF",
                                "currency",
                                "INR"))
                .token(token)
                .send();
        record(token, activity(account, etf.field("/id"), "BUY", "2025-01-02", "10", "10"));

        JsonNode byClass = api().get("/api/v1/portfolio/allocation?by=assetClass")
                .token(token)
                .send()
                .json();

        assertThat(byClass.at("/total").asString()).isEqualTo("400.00");
        assertThat(byClass.at("/slices/0/key").asString()).isEqualTo("EQUITY");
        assertThat(byClass.at("/slices/0/share").asString()).isEqualTo("0.750000");
        assertThat(byClass.at("/slices/1/key").asString()).isEqualTo("ETF");
        assertThat(byClass.at("/holdingsLeftOut").asInt()).isZero();
        assertThat(api().get("/api/v1/portfolio/allocation?by=colour")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void performanceOfAYearIsTimeWeightedAndMoneyWeightedAndCountsDividendsWhenAsked() throws Exception {
        String token = member(newTenant());
        String symbol = unique("PERF");
        MARKET.quote(symbol, "110", "INR");
        List<String> closes = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 12, 20);
                !day.isAfter(LocalDate.of(2025, 12, 31));
                day = day.plusDays(1)) {
            closes.add(day.toString());
            closes.add(day.isBefore(LocalDate.of(2025, 7, 1)) ? "100" : "110");
        }
        MARKET.history(symbol, closes.toArray(String[]::new));
        String account = account(token, "Main", "FIFO");
        String asset = asset(token, symbol, "INR");
        record(token, activity(account, asset, "BUY", "2025-01-02", "10", "100"));
        record(token, activity(account, asset, "DIVIDEND", "2025-09-01", "10", "5"));

        JsonNode withDividends = api().get("/api/v1/portfolio/performance?range=2025")
                .token(token)
                .send()
                .json();
        JsonNode priceOnly = api().get("/api/v1/portfolio/performance?range=2025&includeDividends=false")
                .token(token)
                .send()
                .json();
        JsonNode history = api().get("/api/v1/portfolio/history?range=2025")
                .token(token)
                .send()
                .json();

        assertThat(withDividends.at("/from").asString()).isEqualTo("2024-12-31");
        assertThat(withDividends.at("/timeWeighted/value").asString()).isEqualTo("0.15000000");
        assertThat(withDividends.at("/timeWeighted/method").asString()).contains("time-weighted");
        assertThat(withDividends.at("/absoluteGain").asString()).isEqualTo("150.00");
        assertThat(priceOnly.at("/timeWeighted/value").asString()).isEqualTo("0.10000000");
        assertThat(priceOnly.at("/absoluteGain").asString()).isEqualTo("100.00");
        // XIRR: −1000 on 2025-01-02, +1100 on 2025-12-31: 1.1^(365/363) − 1.
        assertThat(priceOnly.at("/moneyWeighted/value").asString()).startsWith("0.1005");
        assertThat(priceOnly.at("/moneyWeighted/method").asString()).contains("XIRR");
        assertThat(history.at("/points").size()).isEqualTo(366);
        assertThat(history.at("/points/2/date").asString()).isEqualTo("2025-01-02");
        assertThat(history.at("/points/2/marketValue").asString()).isEqualTo("1000.00");
        assertThat(history.at("/points/2/netInvested").asString()).isEqualTo("1000.00");
        assertThat(history.at("/points/365/marketValue").asString()).isEqualTo("1100.00");
    }

    @Test
    void performanceWithAGapInPricesIsUnknownWithTheDayNotAGuess() throws Exception {
        String token = member(newTenant());
        String symbol = unique("GAP");
        MARKET.quote(symbol, "110", "INR").history(symbol, "2025-01-02", "100", "2025-03-01", "105");
        String account = account(token, "Main", "FIFO");
        record(token, activity(account, asset(token, symbol, "INR"), "BUY", "2025-01-02", "10", "100"));

        JsonNode performance = api().get("/api/v1/portfolio/performance?range=2025")
                .token(token)
                .send()
                .json();

        assertThat(performance.at("/timeWeighted/value").isMissingNode()
                        || performance.at("/timeWeighted/value").isNull())
                .isTrue();
        assertThat(performance.at("/timeWeighted/reason").asString()).contains("2025-01-10");
        assertThat(performance.at("/moneyWeighted/reason").asString()).isNotBlank();
        assertThat(api().get("/api/v1/portfolio/performance?range=2999")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/portfolio/performance?range=forever")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    private static String[] flatCloses(String price) {
        List<String> closes = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 12, 20);
                !day.isAfter(LocalDate.of(2025, 12, 31));
                day = day.plusDays(1)) {
            closes.add(day.toString());
            closes.add(price);
        }
        return closes.toArray(String[]::new);
    }

    @Test
    void aTransferInIsAFlowAtMarketValueSoItsCarriedBasisIsNoGain() throws Exception {
        String token = member(newTenant());
        String symbol = unique("TRF");
        MARKET.quote(symbol, "150", "INR").history(symbol, flatCloses("150"));
        String account = account(token, "Main", "FIFO");
        record(token, activity(account, asset(token, symbol, "INR"), "TRANSFER_IN", "2025-01-02", "10", "50"));

        JsonNode year = api().get("/api/v1/portfolio/performance?range=2025")
                .token(token)
                .send()
                .json();
        JsonNode history = api().get("/api/v1/portfolio/history?range=2025")
                .token(token)
                .send()
                .json();

        assertThat(year.at("/netFlows").asString()).isEqualTo("1500.00");
        assertThat(year.at("/absoluteGain").asString()).isEqualTo("0.00");
        assertThat(year.at("/timeWeighted/value").asString()).isEqualTo("0.00000000");
        assertThat(history.at("/points/2/netInvested").asString()).isEqualTo("500.00");
        assertThat(holding(token, account).at("/unrealisedGain").asString()).isEqualTo("1000.00");
    }

    @Test
    void aFeeRowCostsPerformanceAndSellingEverythingIsTheSalesGain() throws Exception {
        String token = member(newTenant());
        String symbol = unique("FEE");
        MARKET.quote(symbol, "100", "INR").history(symbol, flatCloses("100"));
        String account = account(token, "Main", "FIFO");
        String asset = asset(token, symbol, "INR");
        record(token, activity(account, asset, "BUY", "2025-01-02", "10", "100"));
        record(token, activity(account, asset, "FEE", "2025-06-02", "1", "10"));
        record(token, activity(account, asset, "SELL", "2025-09-01", "10", "105"));

        JsonNode year = api().get("/api/v1/portfolio/performance?range=2025")
                .token(token)
                .send()
                .json();

        assertThat(year.at("/absoluteGain").asString()).isEqualTo("40.00");
        assertThat(year.at("/endValue").asString()).isEqualTo("0.00");
        // 1000 → fee of 10 (×0.99) → sold at 105 while the close says 100 (×1.05)
        assertThat(year.at("/timeWeighted/value").asString()).isEqualTo("0.03950000");
    }

    @Test
    void rowsConvertedToAnEarlierBaseCurrencyLeaveBaseFiguresUnknown() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = unique("BASE");
        MARKET.quote(symbol, "12", "USD");
        String account = account(token, "Main", "FIFO");
        record(token, activity(account, asset(token, symbol, "USD"), "BUY", "2025-01-02", "10", "10"));
        execute("update investment_activities set base_currency = 'EUR' where tenant_id = '" + tenant + "'");

        JsonNode holding = holding(token, account);

        assertThat(holding.at("/base/costBasis").isMissingNode()).isTrue();
        assertThat(holding.at("/base/marketValue").asString()).isEqualTo("9990.00");
        assertThat(holding.toString()).contains("earlier base currency");
    }

    @Test
    void everyChangeToTheLedgerIsSeenByTheNextRead() throws Exception {
        String token = member(newTenant());
        String symbol = unique("CHG");
        MARKET.quote(symbol, "10", "INR");
        String account = account(token, "Main", "FIFO");
        String asset = asset(token, symbol, "INR");
        String buy = record(token, activity(account, asset, "BUY", "2025-01-02", "10", "5"));
        assertThat(holding(token, account).at("/quantity").asString()).isEqualTo("10");

        record(token, activity(account, asset, "BUY", "2025-01-03", "5", "5"));
        assertThat(holding(token, account).at("/quantity").asString()).isEqualTo("15");

        api().patch("/api/v1/investments/activities/" + buy, Map.of("quantity", "20"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        assertThat(holding(token, account).at("/quantity").asString()).isEqualTo("25");

        String split = api().post(
                        "/api/v1/investments/assets/" + asset + "/splits",
                        Map.of("exDate", "2025-02-03", "numerator", 2, "denominator", 1))
                .token(token)
                .send()
                .field("/id");
        assertThat(holding(token, account).at("/quantity").asString()).isEqualTo("50");

        api().delete("/api/v1/investments/assets/" + asset + "/splits/" + split)
                .token(token)
                .send();
        assertThat(holding(token, account).at("/quantity").asString()).isEqualTo("25");

        api().patch("/api/v1/investments/accounts/" + account, Map.of("costBasisMethod", "AVERAGE"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        assertThat(holding(token, account).at("/costBasisMethod").asString()).isEqualTo("AVERAGE");

        api().delete("/api/v1/investments/activities/" + buy)
                .header("If-Match", "\"1\"")
                .token(token)
                .send();
        assertThat(holding(token, account).at("/quantity").asString()).isEqualTo("5");
    }

    private static JsonNode find(JsonNode holdings, String symbolPart) {
        for (JsonNode holding : holdings) {
            if (holding.at("/symbol").asString().contains(symbolPart)) {
                return holding;
            }
        }
        throw new AssertionError("no holding of " + symbolPart + " in " + holdings);
    }
}
