package dev.finsuite.investment.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.investment.LedgerFixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Per-tenant quotas, set small here: a create beyond one is a 422 naming the quota, writes nothing, leaves other
 * tenants alone, and deleting one makes room again.
 */
@TestPropertySource(
        properties = {
            "finsuite.quotas.assets=2",
            "finsuite.quotas.accounts=2",
            "finsuite.quotas.watchlist-items=2",
            "finsuite.quotas.price-alerts=2"
        })
class QuotaTests extends LedgerFixtures {

    UUID tenant;
    String token;
    String other;

    @BeforeEach
    void households() throws Exception {
        tenant = newTenant();
        token = member(tenant);
        other = member(newTenant());
    }

    @Test
    void accountsBeyondTheQuotaAreRefusedNamingIt() throws Exception {
        String first = account(token, "Broker A", "FIFO");
        account(token, "Broker B", "FIFO");
        assertRefused(
                api().post("/api/v1/investments/accounts", accountBody("Broker C"))
                        .token(token)
                        .send(),
                "accounts");
        assertThat(count("select count(*) from investment_accounts where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);
        account(other, "Broker C", "FIFO");
        freesASlot(
                "/api/v1/investments/accounts/" + first,
                () -> api().post("/api/v1/investments/accounts", accountBody("Broker C"))
                        .token(token)
                        .send());
    }

    @Test
    void assetsBeyondTheQuotaAreRefusedNamingIt() throws Exception {
        String first = asset(token, "AAA", "USD");
        asset(token, "BBB", "USD");
        assertRefused(
                api().post("/api/v1/investments/assets", assetBody("CCC"))
                        .token(token)
                        .send(),
                "assets");
        assertThat(count("select count(*) from investment_assets where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);
        asset(other, "CCC", "USD");
        freesASlot(
                "/api/v1/investments/assets/" + first,
                () -> api().post("/api/v1/investments/assets", assetBody("CCC"))
                        .token(token)
                        .send());
    }

    @Test
    void watchlistItemsAndPriceAlertsBeyondTheirQuotasAreRefusedNamingThem() throws Exception {
        String first = watch(token, "AAA");
        String second = watch(token, "BBB");
        assertRefused(api().post("/api/v1/watchlist", item("CCC")).token(token).send(), "watchlistItems");
        assertThat(count("select count(*) from investment_watchlist_items where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);
        watch(other, "CCC");

        String alert = created(api().post("/api/v1/watchlist/" + first + "/alerts", alert("100"))
                .token(token)
                .send());
        created(api().post("/api/v1/watchlist/" + second + "/alerts", alert("100"))
                .token(token)
                .send());
        // The alert quota is the tenant's, over all its items.
        assertRefused(
                api().post("/api/v1/watchlist/" + first + "/alerts", alert("200"))
                        .token(token)
                        .send(),
                "priceAlerts");
        assertThat(count("select count(*) from investment_price_alerts where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);

        freesASlot(
                "/api/v1/watchlist/alerts/" + alert,
                () -> api().post("/api/v1/watchlist/" + first + "/alerts", alert("200"))
                        .token(token)
                        .send());
        freesASlot(
                "/api/v1/watchlist/" + second,
                () -> api().post("/api/v1/watchlist", item("CCC")).token(token).send());
    }

    @Test
    void anImportBeyondTheAssetsQuotaRejectsTheRowsOfNewAssetsAndKeepsTheOthers() throws Exception {
        account(token, "Main", "FIFO");
        String csv = "date,symbol,type,quantity,price,currency,account,note\n"
                + "2024-01-02,IMPA,BUY,1,100,USD,Main,\n"
                + "2024-01-03,IMPB,BUY,1,100,USD,Main,\n"
                + "2024-01-04,IMPC,BUY,1,100,USD,Main,\n";

        Api.Reply whole = api().post("/api/v1/investments/import", csv)
                .header("Content-Type", "text/csv")
                .token(token)
                .send();
        assertThat(whole.status()).as(whole.toString()).isBetween(400, 499);
        assertThat(whole.text()).contains("assets");
        assertThat(count("select count(*) from investment_assets where tenant_id = '" + tenant + "'"))
                .isZero();
        assertThat(count("select count(*) from investment_activities where tenant_id = '" + tenant + "'"))
                .isZero();

        Api.Reply skipping = api().post("/api/v1/investments/import?skipInvalid=true", csv)
                .header("Content-Type", "text/csv")
                .token(token)
                .send();
        assertThat(skipping.status()).as(skipping.toString()).isEqualTo(200);
        assertThat(skipping.field("/created")).isEqualTo("2");
        assertThat(skipping.json().at("/rejected").toString()).contains("assets");
        assertThat(count("select count(*) from investment_assets where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);
    }

    private void freesASlot(String deletePath, Supplier<Api.Reply> create) {
        Api.Reply deleted = api().delete(deletePath).token(token).send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        created(create.get());
    }

    private static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.field("/id");
    }

    private static void assertRefused(Api.Reply reply, String quota) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("/code")).isEqualTo("quota_exceeded");
        assertThat(reply.field("/quota")).isEqualTo(quota);
        assertThat(reply.json().get("limit").asInt()).isEqualTo(2);
        assertThat(reply.json().get("used").asInt()).isEqualTo(2);
    }

    private String watch(String token, String symbol) {
        return created(
                api().post("/api/v1/watchlist", item(symbol)).token(token).send());
    }

    private static Map<String, Object> item(String symbol) {
        return new HashMap<>(Map.of("symbol", symbol, "dataSource", "STOOQ"));
    }

    private static Map<String, Object> alert(String threshold) {
        return new HashMap<>(Map.of("condition", "ABOVE", "threshold", threshold));
    }

    private static Map<String, Object> accountBody(String name) {
        return Map.of("name", name, "broker", "Broker", "currency", "INR", "costBasisMethod", "FIFO");
    }

    private static Map<String, Object> assetBody(String symbol) {
        return Map.of(
                "symbol",
                symbol,
                "dataSource",
                "STOOQ",
                "name",
                symbol + " Inc.",
                "assetClass",
                "EQUITY",
                "currency",
                "USD");
    }
}
