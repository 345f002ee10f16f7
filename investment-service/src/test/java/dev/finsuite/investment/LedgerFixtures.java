package dev.finsuite.investment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.util.HashMap;
import java.util.Map;

/** Accounts, assets and activities made over HTTP, the way a client makes them. */
public abstract class LedgerFixtures extends InvestmentTest {

    protected String account(String token, String name, String method) {
        Api.Reply created = api().post(
                        "/api/v1/investments/accounts",
                        Map.of("name", name, "broker", "Broker", "currency", "INR", "costBasisMethod", method))
                .token(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.field("/id");
    }

    protected String asset(String token, String symbol, String currency) {
        Api.Reply created = api().post(
                        "/api/v1/investments/assets",
                        Map.of(
                                "symbol",
                                symbol,
                                "dataSource",
                                "STOOQ",
                                "name",
                                symbol + " Inc.",
                                "assetClass",
                                "EQUITY",
                                "currency",
                                currency))
                .token(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.field("/id");
    }

    protected static Map<String, Object> activity(
            String account, String asset, String type, String date, String quantity, String unitPrice) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", account);
        body.put("assetId", asset);
        body.put("type", type);
        body.put("date", date);
        body.put("quantity", quantity);
        body.put("unitPrice", unitPrice);
        return body;
    }

    protected String record(String token, Map<String, Object> activity) {
        Api.Reply created = api().post("/api/v1/investments/activities", activity)
                .token(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.field("/id");
    }

    protected static long activities(String account) throws Exception {
        return count("select count(*) from investment_activities where account_id = '" + account + "'");
    }
}
