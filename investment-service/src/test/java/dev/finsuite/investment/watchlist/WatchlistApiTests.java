package dev.finsuite.investment.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WatchlistApiTests extends WatchlistTest {

    @Test
    void anItemIsCreatedReadChangedWithItsETagAndDeleted() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("CR");
        MARKET.quote(symbol, "100", "USD");

        Api.Reply created = api().post(
                        "/api/v1/watchlist",
                        Map.of(
                                "symbol",
                                symbol.toLowerCase(),
                                "dataSource",
                                "STOOQ",
                                "note",
                                " Watching ",
                                "metadata",
                                Map.of("thesis", "cheap")))
                .token(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.field("/id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/watchlist/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.field("/symbol")).isEqualTo(symbol);
        assertThat(created.field("/note")).isEqualTo("Watching");
        assertThat(created.field("/metadata/thesis")).isEqualTo("cheap");

        Api.Reply read =
                api().get("/api/v1/watchlist/" + id).token(viewer(tenant)).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.field("/quote/price")).isEqualTo("100");

        Api.Reply changed = api().patch("/api/v1/watchlist/" + id, Map.of("note", "Earnings soon"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.field("/note")).isEqualTo("Earnings soon");

        Api.Reply stale = api().patch("/api/v1/watchlist/" + id, Map.of("note", "Lost update"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.field("/code")).isEqualTo("precondition_failed");
        assertThat(api().delete("/api/v1/watchlist/" + id)
                        .header("If-Match", "\"0\"")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(412);

        assertThat(api().delete("/api/v1/watchlist/" + id)
                        .header("If-Match", "\"1\"")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/v1/watchlist/" + id).token(token).send().status())
                .isEqualTo(404);
        assertThat(rows("investment_watchlist_items", tenant)).isZero();
    }

    @Test
    void theSameSymbolTwiceIsAConflict() throws Exception {
        UUID tenant = newTenant();
        String symbol = symbol("DU");
        watch(member(tenant), symbol);

        Api.Reply again = api().post("/api/v1/watchlist", item(symbol.toLowerCase(), "STOOQ"))
                .token(member(tenant))
                .send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("/code")).isEqualTo("conflict");
        assertThat(api().post("/api/v1/watchlist", item(symbol, "ALPHA_VANTAGE"))
                        .token(member(tenant))
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void badItemsAreProblemsAndWriteNothing() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);

        Api.Reply unknownSource = api().post("/api/v1/watchlist", item("AAPL", "YAHOO"))
                .token(token)
                .send();
        Api.Reply manual = api().post("/api/v1/watchlist", item("AAPL", "MANUAL"))
                .token(token)
                .send();
        Api.Reply badSymbol = api().post("/api/v1/watchlist", item("AA PL/", "STOOQ"))
                .token(token)
                .send();
        Api.Reply longSymbol = api().post("/api/v1/watchlist", item("A".repeat(33), "STOOQ"))
                .token(token)
                .send();
        Api.Reply noSymbol = api().post("/api/v1/watchlist", Map.of("dataSource", "STOOQ"))
                .token(token)
                .send();
        Api.Reply wrongType = api().post("/api/v1/watchlist", Map.of("symbol", Map.of("a", 1), "dataSource", "STOOQ"))
                .token(token)
                .send();
        Api.Reply notJson =
                api().post("/api/v1/watchlist", "{not json").token(token).send();
        Api.Reply badMetadata = api().post(
                        "/api/v1/watchlist", Map.of("symbol", "AAPL", "dataSource", "STOOQ", "metadata", "text"))
                .token(token)
                .send();

        for (Api.Reply reply :
                new Api.Reply[] {unknownSource, manual, badSymbol, longSymbol, noSymbol, wrongType, notJson, badMetadata
                }) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.field("/code")).isEqualTo("validation_failed");
        }
        assertThat(manual.field("/errors/0/field")).isEqualTo("dataSource");
        assertThat(badSymbol.field("/errors/0/field")).isEqualTo("symbol");
        assertThat(rows("investment_watchlist_items", tenant)).isZero();
    }

    @Test
    void pagesAreCheckedAndShaped() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        watch(token, symbol("PA"));
        watch(token, symbol("PB"));
        watch(token, symbol("PC"));

        Api.Reply page = api().get("/api/v1/watchlist?page=0&size=2&sort=symbol,asc")
                .token(token)
                .send();
        Api.Reply tooBig = api().get("/api/v1/watchlist?size=201").token(token).send();
        Api.Reply badSort =
                api().get("/api/v1/watchlist?sort=price,asc").token(token).send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSize(2);
        assertThat(page.field("/items/0/symbol")).startsWith("PA");
        assertThat(page.field("/totalItems")).isEqualTo("3");
        assertThat(page.field("/totalPages")).isEqualTo("2");
        assertThat(page.field("/size")).isEqualTo("2");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.field("/code")).isEqualTo("validation_failed");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/watchlist/alerts/events?size=201")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theListShowsEachQuoteAndDayChangeAndSaysWhyOneIsMissing() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String withHistory = symbol("LH");
        String withoutHistory = symbol("LN");
        String failing = symbol("LF");
        String slow = symbol("LS");
        MARKET.quote(withHistory, "110", "USD").previousClose(withHistory, "100");
        MARKET.quote(withoutHistory, "50", "USD");
        MARKET.quote(failing, "1", "USD").failing(failing);
        MARKET.quote(slow, "7", "USD").slow(slow, Duration.ofSeconds(5));
        String historyId = watch(token, withHistory);
        String noHistoryId = watch(token, withoutHistory);
        String failingId = watch(token, failing);
        String slowId = watch(token, slow);

        long started = System.nanoTime();
        Api.Reply list = api().get("/api/v1/watchlist").token(token).send();
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(took).isLessThan(4500);
        Map<String, tools.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
        list.json().get("items").forEach(node -> byId.put(node.get("id").asString(), node));

        tools.jackson.databind.JsonNode priced = byId.get(historyId);
        assertThat(priced.at("/quote/price").asString()).isEqualTo("110");
        assertThat(priced.at("/quote/currency").asString()).isEqualTo("USD");
        assertThat(priced.at("/quote/stale").asBoolean()).isFalse();
        assertThat(priced.at("/quote/asOf").asString()).isNotBlank();
        assertThat(priced.at("/dayChange/absolute").asString()).isEqualTo("10");
        assertThat(priced.at("/dayChange/percent").asString()).isEqualTo("10.0000");
        assertThat(priced.at("/dayChange/previousCloseDate").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());

        tools.jackson.databind.JsonNode noHistory = byId.get(noHistoryId);
        assertThat(noHistory.at("/quote/price").asString()).isEqualTo("50");
        assertThat(noHistory.get("dayChange").isNull()).isTrue();
        assertThat(noHistory.get("dayChangeReason").asString()).isEqualTo("history_unavailable");

        tools.jackson.databind.JsonNode broken = byId.get(failingId);
        assertThat(broken.get("quote").isNull()).isTrue();
        assertThat(broken.get("quoteReason").asString()).isEqualTo("quote_unavailable");
        assertThat(broken.get("dayChange").isNull()).isTrue();

        assertThat(byId.get(slowId).get("quote").isNull()).isTrue();
        assertThat(byId.get(slowId).get("quoteReason").asString()).isIn("quote_timeout", "quote_unavailable");
    }

    @Test
    void theCallersTokenGoesToMarketService() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("TK");
        MARKET.quote(symbol, "5", "USD");
        watch(token, symbol);

        api().get("/api/v1/watchlist")
                .header("X-Request-Id", "watch-req-1")
                .token(token)
                .send();

        assertThat(MARKET.lastHeader("/api/v1/quotes/" + symbol, "Authorization"))
                .isEqualTo("Bearer " + token);
        assertThat(MARKET.lastHeader("/api/v1/quotes/" + symbol, "X-Request-Id"))
                .isEqualTo("watch-req-1");
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        UUID tenant = newTenant();
        String itemId = watch(member(tenant), symbol("VW"));
        String alertId = addAlert(member(tenant), itemId, "ABOVE", "10");
        String viewer = viewer(tenant);

        assertThat(api().get("/api/v1/watchlist").token(viewer).send().status()).isEqualTo(200);
        assertThat(api().get("/api/v1/watchlist/alerts/" + alertId)
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(200);
        Api.Reply post = api().post("/api/v1/watchlist", item(symbol("VX"), "STOOQ"))
                .token(viewer)
                .send();
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.field("/code")).isEqualTo("forbidden");
        assertThat(api().patch("/api/v1/watchlist/" + itemId, Map.of("note", "x"))
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api().delete("/api/v1/watchlist/" + itemId)
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/watchlist/" + itemId + "/alerts", alert("BELOW", "5"))
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api().patch("/api/v1/watchlist/alerts/" + alertId, Map.of("state", "PAUSED"))
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api().delete("/api/v1/watchlist/alerts/" + alertId)
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(rows("investment_watchlist_items", tenant)).isEqualTo(1);
        assertThat(rows("investment_price_alerts", tenant)).isEqualTo(1);
    }
}
