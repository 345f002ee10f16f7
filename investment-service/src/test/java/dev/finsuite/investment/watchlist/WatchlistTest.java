package dev.finsuite.investment.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.investment.InvestmentTest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Helpers for the watchlist tests: each test watches its own symbols, so the shared fake never mixes them up. */
abstract class WatchlistTest extends InvestmentTest {

    /** A symbol no other test uses. */
    static String symbol(String prefix) {
        return prefix
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static Map<String, Object> item(String symbol, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("dataSource", source);
        body.put("note", "Watching");
        return body;
    }

    static Map<String, Object> alert(String condition, Object threshold) {
        Map<String, Object> body = new HashMap<>();
        body.put("condition", condition);
        body.put("threshold", threshold);
        return body;
    }

    String watch(String token, String symbol) {
        Api.Reply created = api().post("/api/v1/watchlist", item(symbol, "STOOQ"))
                .token(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.field("/id");
    }

    String addAlert(String token, String itemId, String condition, String threshold) {
        Api.Reply created = api().post("/api/v1/watchlist/" + itemId + "/alerts", alert(condition, threshold))
                .token(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.field("/id");
    }

    static long rows(String table, UUID tenant) throws java.sql.SQLException {
        return count("select count(*) from " + table + " where tenant_id = '" + tenant + "'");
    }
}
