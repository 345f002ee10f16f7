package dev.finsuite.investment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tenant B, holding a valid OWNER token of its own, attacks tenant A's ledger on every method and every read:
 * each of A's ids is a 404, exactly like a missing one, B's portfolio shows nothing of A's, and nothing of A's changes.
 */
class InvestmentIsolationTests extends LedgerFixtures {

    @Test
    void everyEndpointWithAnotherTenantsIdsIs404AndChangesNothing() throws Exception {
        String owner = member(newTenant());
        String attacker = token(newTenant(), "OWNER");
        String symbol = "ISO" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        MARKET.quote(symbol, "10", "INR");
        String account = account(owner, "Victim", "FIFO");
        String asset = asset(owner, symbol, "INR");
        String buy = record(owner, activity(account, asset, "BUY", "2025-01-02", "10", "9"));
        String split = api().post(
                        "/api/v1/investments/assets/" + asset + "/splits",
                        Map.of("exDate", "2025-02-03", "numerator", 2, "denominator", 1))
                .token(owner)
                .send()
                .field("/id");
        api().put("/api/v1/investments/assets/" + asset + "/prices/2025-01-03", Map.of("price", "9.5"))
                .token(owner)
                .send();

        String accounts = "/api/v1/investments/accounts/" + account;
        String assets = "/api/v1/investments/assets/" + asset;
        String activities = "/api/v1/investments/activities/" + buy;
        Api.Call[] attacks = {
            api().get(accounts),
            api().patch(accounts, Map.of("name", "Mine")).header("If-Match", "\"0\""),
            api().delete(accounts).header("If-Match", "\"0\""),
            api().get(assets),
            api().patch(assets, Map.of("name", "Mine")).header("If-Match", "\"0\""),
            api().delete(assets).header("If-Match", "\"0\""),
            api().get(assets + "/prices"),
            api().put(assets + "/prices/2025-01-04", Map.of("price", "1")),
            api().delete(assets + "/prices/2025-01-03"),
            api().get(assets + "/splits"),
            api().post(assets + "/splits", Map.of("exDate", "2025-03-03", "numerator", 1, "denominator", 2)),
            api().delete(assets + "/splits/" + split),
            api().get(activities),
            api().patch(activities, Map.of("quantity", "1")).header("If-Match", "\"0\""),
            api().delete(activities).header("If-Match", "\"0\""),
            api().post("/api/v1/investments/activities", activity(account, asset, "SELL", "2025-03-03", "1", "9")),
            api().post("/api/v1/investments/activities", activity(account, asset, "BUY", "2025-03-03", "1", "9"))
                    .header("Idempotency-Key", "attack"),
            api().get("/api/v1/portfolio/holdings?accountId=" + account),
            api().get("/api/v1/portfolio/performance?accountId=" + account),
            api().get("/api/v1/portfolio/history?accountId=" + account),
            api().get("/api/v1/portfolio/realised-gains?accountId=" + account),
            api().get("/api/v1/portfolio/allocation?accountId=" + account),
            api().get("/api/v1/portfolio/dividends?accountId=" + account)
        };
        for (Api.Call attack : attacks) {
            Api.Reply reply = attack.token(attacker).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.field("/code")).isEqualTo("not_found");
        }

        Api.Reply imported = api().post(
                        "/api/v1/investments/import?accountId=" + account,
                        "date,symbol,type,quantity,unitPrice,currency\n2025-03-03," + symbol + ",BUY,1,9,INR\n")
                .header("Content-Type", "text/csv")
                .token(attacker)
                .send();
        assertThat(imported.status()).as(imported.toString()).isEqualTo(404);

        for (String list : new String[] {
            "/api/v1/investments/accounts", "/api/v1/investments/assets", "/api/v1/investments/activities"
        }) {
            assertThat(api().get(list).token(attacker).send().field("/totalItems"))
                    .isEqualTo("0");
        }
        assertThat(api().get("/api/v1/portfolio/holdings")
                        .token(attacker)
                        .send()
                        .json()
                        .at("/holdings")
                        .size())
                .isZero();
        assertThat(api().get(accounts).token(owner).send().field("/name")).isEqualTo("Victim");
        assertThat(api().get(activities).token(owner).send().field("/quantity")).isEqualTo("10");
        assertThat(activities(account)).isEqualTo(1);
        assertThat(count("select count(*) from investment_splits where asset_id = '" + asset + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from investment_asset_prices where asset_id = '" + asset + "'"))
                .isEqualTo(1);
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        UUID tenant = newTenant();
        String account = account(member(tenant), "Main", "FIFO");
        Api.Reply write = api().post("/api/v1/investments/accounts", Map.of("name", "X", "currency", "INR"))
                .token(viewer(tenant))
                .send();
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.field("/code")).isEqualTo("forbidden");
        assertThat(api().get("/api/v1/investments/accounts/" + account)
                        .token(viewer(tenant))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void malformedIdsAreProblems400() throws Exception {
        String token = member(newTenant());
        for (String path : new String[] {
            "/api/v1/investments/accounts/x",
            "/api/v1/investments/assets/1",
            "/api/v1/investments/activities/not-a-uuid",
            "/api/v1/portfolio/holdings?accountId=x"
        }) {
            Api.Reply reply = api().get(path).token(token).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
