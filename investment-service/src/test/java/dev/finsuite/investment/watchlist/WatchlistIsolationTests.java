package dev.finsuite.investment.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tenant B, with a valid token of its own, attacks tenant A's watchlist on every method: all 404, nothing changes. */
class WatchlistIsolationTests extends WatchlistTest {

    @Autowired
    AlertEvaluation evaluation;

    @Test
    void anotherTenantsItemsAlertsAndEventsAreNotFound() throws Exception {
        UUID owner = newTenant();
        UUID attacker = newTenant();
        String ownerToken = member(owner);
        String attackerToken = token(attacker, "OWNER");
        String symbol = symbol("IS");
        MARKET.quote(symbol, "10", "USD");
        String itemId = watch(ownerToken, symbol);
        String alertId = addAlert(ownerToken, itemId, "ABOVE", "5");
        assertThat(evaluation.evaluate(owner).alertsFired()).isEqualTo(1);

        Api.Reply[] attempts = {
            api().get("/api/v1/watchlist/" + itemId).token(attackerToken).send(),
            api().patch("/api/v1/watchlist/" + itemId, Map.of("note", "mine"))
                    .token(attackerToken)
                    .send(),
            api().delete("/api/v1/watchlist/" + itemId).token(attackerToken).send(),
            api().post("/api/v1/watchlist/" + itemId + "/alerts", alert("BELOW", "1"))
                    .token(attackerToken)
                    .send(),
            api().get("/api/v1/watchlist/" + itemId + "/alerts")
                    .token(attackerToken)
                    .send(),
            api().get("/api/v1/watchlist/alerts/" + alertId)
                    .token(attackerToken)
                    .send(),
            api().patch("/api/v1/watchlist/alerts/" + alertId, Map.of("state", "ARMED"))
                    .token(attackerToken)
                    .send(),
            api().delete("/api/v1/watchlist/alerts/" + alertId)
                    .token(attackerToken)
                    .send()
        };
        for (Api.Reply attempt : attempts) {
            assertThat(attempt.status()).as(attempt.toString()).isEqualTo(404);
            assertThat(attempt.field("/code")).isEqualTo("not_found");
        }

        assertThat(api().get("/api/v1/watchlist")
                        .token(attackerToken)
                        .send()
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(api().get("/api/v1/watchlist/alerts/events")
                        .token(attackerToken)
                        .send()
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(api().get("/api/v1/watchlist/alerts/events?alertId=" + alertId)
                        .token(attackerToken)
                        .send()
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(evaluation.evaluate(attacker).alertsFired()).isZero();

        assertThat(api().post("/api/v1/watchlist", item(symbol, "STOOQ"))
                        .token(attackerToken)
                        .send()
                        .status())
                .isEqualTo(201);
        Api.Reply own =
                api().get("/api/v1/watchlist/" + itemId).token(ownerToken).send();
        assertThat(own.field("/note")).isEqualTo("Watching");
        assertThat(own.header("ETag")).isEqualTo("\"0\"");
        assertThat(api().get("/api/v1/watchlist/alerts/" + alertId)
                        .token(ownerToken)
                        .send()
                        .field("/state"))
                .isEqualTo("TRIGGERED");
        assertThat(rows("investment_price_alerts", owner)).isEqualTo(1);
        assertThat(rows("investment_price_alerts", attacker)).isZero();
        assertThat(api().get("/api/v1/watchlist/alerts/events")
                        .token(ownerToken)
                        .send()
                        .json()
                        .get("items"))
                .hasSize(1);
    }
}
