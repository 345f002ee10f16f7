package dev.finsuite.investment.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PriceAlertTests extends WatchlistTest {

    @Autowired
    AlertEvaluation evaluation;

    @Autowired
    QuoteRefreshJob job;

    @Test
    void anAlertIsCreatedReadPausedAndDeletedWithItsETag() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String itemId = watch(token, symbol("AC"));

        Api.Reply created = api().post("/api/v1/watchlist/" + itemId + "/alerts", alert("ABOVE", 200.5))
                .token(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String alertId = created.field("/id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/watchlist/alerts/" + alertId);
        assertThat(created.field("/state")).isEqualTo("ARMED");
        assertThat(created.field("/threshold")).isEqualTo("200.5");
        assertThat(created.field("/itemId")).isEqualTo(itemId);

        Api.Reply list = api().get("/api/v1/watchlist/" + itemId + "/alerts")
                .token(token)
                .send();
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(api().get("/api/v1/watchlist/alerts/" + alertId)
                        .token(token)
                        .send()
                        .header("ETag"))
                .isEqualTo("\"0\"");

        Api.Reply paused = api().patch("/api/v1/watchlist/alerts/" + alertId, Map.of("state", "PAUSED"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.field("/state")).isEqualTo("PAUSED");
        assertThat(paused.header("ETag")).isEqualTo("\"1\"");
        assertThat(api().patch("/api/v1/watchlist/alerts/" + alertId, Map.of("state", "ARMED"))
                        .header("If-Match", "\"0\"")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(412);
        Api.Reply triggered = api().patch("/api/v1/watchlist/alerts/" + alertId, Map.of("state", "TRIGGERED"))
                .token(token)
                .send();
        assertThat(triggered.status()).isEqualTo(400);
        assertThat(triggered.field("/errors/0/field")).isEqualTo("state");

        assertThat(api().delete("/api/v1/watchlist/alerts/" + alertId)
                        .header("If-Match", "\"1\"")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/v1/watchlist/alerts/" + alertId)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theSameAlertTwiceIsAConflict() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String itemId = watch(token, symbol("DA"));
        addAlert(token, itemId, "ABOVE", "100");

        Api.Reply again = api().post("/api/v1/watchlist/" + itemId + "/alerts", alert("ABOVE", "100.00"))
                .token(token)
                .send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("/code")).isEqualTo("conflict");
        assertThat(rows("investment_price_alerts", tenant)).isEqualTo(1);
        String other = addAlert(token, itemId, "BELOW", "100");
        Api.Reply collide = api().patch("/api/v1/watchlist/alerts/" + other, Map.of("threshold", "100"))
                .token(token)
                .send();
        assertThat(collide.status()).isEqualTo(200);
        String third = addAlert(token, itemId, "BELOW", "90");
        assertThat(api().patch("/api/v1/watchlist/alerts/" + third, Map.of("threshold", "100"))
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(409);
    }

    @Test
    void badAlertsAreProblemsAndWriteNothing() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String itemId = watch(token, symbol("BA"));
        String path = "/api/v1/watchlist/" + itemId + "/alerts";

        List<Api.Reply> replies = List.of(
                api().post(path, alert("ABOVE", "-5")).token(token).send(),
                api().post(path, alert("BELOW", "0")).token(token).send(),
                api().post(path, alert("MOVE_PERCENT", "0")).token(token).send(),
                api().post(path, alert("MOVE_PERCENT", "1000.5")).token(token).send(),
                api().post(path, alert("SIDEWAYS", "5")).token(token).send(),
                api().post(path, alert("ABOVE", "five")).token(token).send(),
                api().post(path, alert("ABOVE", Map.of("x", 1))).token(token).send(),
                api().post(path, Map.of("condition", "ABOVE")).token(token).send(),
                api().post(path, alert("ABOVE", "1.12345678901")).token(token).send());

        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.field("/code")).isEqualTo("validation_failed");
        }
        assertThat(api().post("/api/v1/watchlist/not-a-uuid/alerts", alert("ABOVE", "5"))
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post("/api/v1/watchlist/" + UUID.randomUUID() + "/alerts", alert("ABOVE", "5"))
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(rows("investment_price_alerts", tenant)).isZero();
    }

    @Test
    void aboveBelowAndMovePercentFireWhenCrossedAndNotOtherwise() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("FX");
        MARKET.quote(symbol, "100", "USD").previousClose(symbol, "100");
        String itemId = watch(token, symbol);
        String above = addAlert(token, itemId, "ABOVE", "105");
        String below = addAlert(token, itemId, "BELOW", "95");
        String move = addAlert(token, itemId, "MOVE_PERCENT", "4");

        assertThat(evaluation.evaluate(tenant).alertsFired()).isZero();
        MARKET.quote(symbol, "103.99", "USD");
        assertThat(evaluation.evaluate(tenant).alertsFired()).isZero();

        MARKET.quote(symbol, "104", "USD");
        assertThat(evaluation.evaluate(tenant).alertsFired()).isEqualTo(1);
        assertThat(state(token, move)).isEqualTo("TRIGGERED");
        assertThat(state(token, above)).isEqualTo("ARMED");

        MARKET.quote(symbol, "105", "USD");
        assertThat(evaluation.evaluate(tenant).alertsFired()).isEqualTo(1);
        Api.Reply fired =
                api().get("/api/v1/watchlist/alerts/" + above).token(token).send();
        assertThat(fired.field("/state")).isEqualTo("TRIGGERED");
        assertThat(fired.field("/triggeredPrice")).isEqualTo("105");
        assertThat(fired.field("/triggeredAt")).isNotBlank();
        assertThat(state(token, below)).isEqualTo("ARMED");

        MARKET.quote(symbol, "95", "USD");
        assertThat(evaluation.evaluate(tenant).alertsFired()).isEqualTo(1);
        assertThat(state(token, below)).isEqualTo("TRIGGERED");

        Api.Reply events =
                api().get("/api/v1/watchlist/alerts/events").token(token).send();
        assertThat(events.json().get("items")).hasSize(3);
        assertThat(events.field("/items/0/alertId")).isEqualTo(below);
        assertThat(events.field("/items/0/price")).isEqualTo("95");
        assertThat(events.field("/items/0/symbol")).isEqualTo(symbol);
        assertThat(events.field("/items/2/alertId")).isEqualTo(move);
        assertThat(events.field("/items/2/condition")).isEqualTo("MOVE_PERCENT");
        assertThat(events.field("/items/2/referencePrice")).isEqualTo("100");
        assertThat(events.field("/items/2/price")).isEqualTo("104");
        Api.Reply filtered = api().get("/api/v1/watchlist/alerts/events?alertId=" + above)
                .token(token)
                .send();
        assertThat(filtered.json().get("items")).hasSize(1);
        assertThat(filtered.field("/items/0/threshold")).isEqualTo("105");
    }

    @Test
    void movePercentWithoutAPreviousCloseNeverFires() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("MN");
        MARKET.quote(symbol, "500", "USD");
        String move = addAlert(token, watch(token, symbol), "MOVE_PERCENT", "1");

        assertThat(evaluation.evaluate(tenant).alertsFired()).isZero();
        assertThat(state(token, move)).isEqualTo("ARMED");
    }

    @Test
    void anAlertFiresOnceAndAgainOnlyAfterBeingReArmed() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("ON");
        MARKET.quote(symbol, "120", "USD");
        String alertId = addAlert(token, watch(token, symbol), "ABOVE", "110");

        assertThat(evaluation.evaluate(tenant).alertsFired()).isEqualTo(1);
        assertThat(evaluation.evaluate(tenant).alertsFired()).isZero();
        MARKET.quote(symbol, "130", "USD");
        assertThat(evaluation.evaluate(tenant).alertsFired()).isZero();
        assertThat(rows("investment_alert_events", tenant)).isEqualTo(1);

        Api.Reply rearmed = api().patch("/api/v1/watchlist/alerts/" + alertId, Map.of("state", "ARMED"))
                .token(token)
                .send();
        assertThat(rearmed.field("/state")).isEqualTo("ARMED");
        assertThat(rearmed.field("/triggeredPrice")).isNull();
        assertThat(evaluation.evaluate(tenant).alertsFired()).isEqualTo(1);
        assertThat(rows("investment_alert_events", tenant)).isEqualTo(2);

        api().patch("/api/v1/watchlist/alerts/" + alertId, Map.of("state", "PAUSED"))
                .token(token)
                .send();
        assertThat(evaluation.evaluate(tenant).alertsFired()).isZero();
        assertThat(state(token, alertId)).isEqualTo("PAUSED");
    }

    @Test
    void concurrentEvaluationsFireAnAlertExactlyOnce() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("CC");
        MARKET.quote(symbol, "50", "USD").previousClose(symbol, "40");
        String itemId = watch(token, symbol);
        addAlert(token, itemId, "ABOVE", "45");
        addAlert(token, itemId, "MOVE_PERCENT", "10");

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AlertEvaluation.Result>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return evaluation.evaluate(tenant);
            }));
        }
        start.countDown();
        int fired = 0;
        for (Future<AlertEvaluation.Result> result : results) {
            fired += result.get().alertsFired();
        }
        pool.shutdown();

        assertThat(fired).isEqualTo(2);
        assertThat(rows("investment_alert_events", tenant)).isEqualTo(2);
        assertThat(count("select count(distinct alert_id) from investment_alert_events where tenant_id = '" + tenant
                        + "'"))
                .isEqualTo(2);
    }

    @Test
    void aFailingSymbolDoesNotStopAnotherSymbolsAlert() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String failing = symbol("FF");
        String healthy = symbol("FH");
        MARKET.quote(failing, "1000", "USD").failing(failing);
        MARKET.quote(healthy, "10", "USD");
        addAlert(token, watch(token, failing), "ABOVE", "1");
        String alertId = addAlert(token, watch(token, healthy), "BELOW", "20");

        AlertEvaluation.Result result = evaluation.evaluate(tenant);

        assertThat(result.alertsFired()).isEqualTo(1);
        assertThat(result.symbolsFailed()).isEqualTo(1);
        assertThat(state(token, alertId)).isEqualTo("TRIGGERED");
    }

    @Test
    void theJobFindsTenantsWithWatchedSymbolsAndRemembersTheLastPrice() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("JB");
        MARKET.quote(symbol, "77", "USD");
        String itemId = watch(token, symbol);
        String alertId = addAlert(token, itemId, "ABOVE", "70");

        job.runOnce();

        assertThat(state(token, alertId)).isEqualTo("TRIGGERED");
        assertThat(count("select count(*) from investment_watchlist_items where id = '" + itemId
                        + "' and last_price = 77 and version = 0"))
                .isEqualTo(1);
        MARKET.failing(symbol);
        Api.Reply read = api().get("/api/v1/watchlist/" + itemId).token(token).send();
        assertThat(read.field("/quote/price")).isEqualTo("77");
        assertThat(read.field("/quote/stale")).isEqualTo("true");
        assertThat(read.field("/dayChangeReason")).isEqualTo("quote_unavailable");
    }

    @Test
    void theJobRefreshesHeldMarketSymbolsButNeverManualOnes() throws Exception {
        UUID tenant = newTenant();
        String held = symbol("HD");
        String manual = symbol("HM");
        MARKET.quote(held, "12", "USD");
        UUID account = UUID.randomUUID();
        UUID listed = UUID.randomUUID();
        UUID own = UUID.randomUUID();
        execute("insert into investment_accounts (id, tenant_id, name, currency, cost_basis_method) values ('" + account
                + "', '" + tenant + "', 'Broker', 'USD', 'FIFO')");
        execute(
                "insert into investment_assets (id, tenant_id, symbol, data_source, name, asset_class, currency) values ('"
                        + listed + "', '" + tenant + "', '" + held + "', 'STOOQ', 'Listed', 'EQUITY', 'USD'), ('" + own
                        + "', '"
                        + tenant + "', '" + manual + "', 'MANUAL', 'Flat', 'REAL_ESTATE', 'USD')");
        for (UUID asset : List.of(listed, own)) {
            execute(
                    "insert into investment_activities (id, tenant_id, account_id, asset_id, activity_type, activity_date,"
                            + " quantity, unit_price, currency, base_currency) values ('" + UUID.randomUUID() + "', '"
                            + tenant
                            + "', '" + account + "', '" + asset + "', 'BUY', '2024-01-02', 1, 10, 'USD', 'INR')");
        }

        job.runOnce();

        assertThat(MARKET.requests("/api/v1/quotes/" + held)).isEqualTo(1);
        assertThat(MARKET.requests("/api/v1/quotes/" + manual)).isZero();
        assertThat(MARKET.lastHeader("/api/v1/quotes/" + held, "Authorization")).startsWith("Bearer ");
    }

    private String state(String token, String alertId) {
        return api().get("/api/v1/watchlist/alerts/" + alertId)
                .token(token)
                .send()
                .field("/state");
    }
}
