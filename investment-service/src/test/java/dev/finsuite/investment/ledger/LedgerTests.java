package dev.finsuite.investment.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.investment.LedgerFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger over HTTP: what is recorded, converted, refused, and never written when refused. */
class LedgerTests extends LedgerFixtures {

    private String token;
    private String account;
    private String apple;

    @BeforeEach
    void ledger() throws Exception {
        token = member(newTenant());
        account = account(token, "Main", "FIFO");
        apple = asset(token, "AAPL" + UUID.randomUUID().toString().substring(0, 4), "USD");
    }

    @Test
    void aBuyIsStoredExactlyWithItsConversionAtItsDate() {
        Map<String, Object> buy = activity(account, apple, "BUY", "2025-03-03", "10.1234567891", "182.5");
        buy.put("fee", "1.25");
        Api.Reply created =
                api().post("/api/v1/investments/activities", buy).token(token).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/investments/activities/" + created.field("/id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.field("/quantity")).isEqualTo("10.1234567891");
        assertThat(created.field("/currency")).isEqualTo("USD");
        assertThat(created.field("/gross")).isEqualTo("1847.53");
        assertThat(created.field("/fee")).isEqualTo("1.25");
        assertThat(created.field("/conversion/status")).isEqualTo("CONVERTED");
        assertThat(created.field("/conversion/baseCurrency")).isEqualTo("INR");
        assertThat(created.field("/conversion/rate")).isEqualTo("83.25");
        assertThat(created.field("/conversion/rateDate")).isEqualTo("2025-03-03");
        assertThat(api().get("/api/v1/investments/activities/" + created.field("/id"))
                        .token(token)
                        .send()
                        .field("/unitPrice"))
                .isEqualTo("182.5");
    }

    @Test
    void withoutARateTheActivityIsSavedPendingNeverAtARateOfOne() {
        String gbp = asset(token, "VOD" + UUID.randomUUID().toString().substring(0, 4), "GBP");
        Api.Reply created = api().post(
                        "/api/v1/investments/activities", activity(account, gbp, "BUY", "2025-03-03", "100", "0.72"))
                .token(token)
                .send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("/conversion/status")).isEqualTo("PENDING");
        assertThat(created.field("/conversion/baseAmount")).isNull();
        assertThat(created.field("/conversion/rate")).isNull();
        assertThat(created.field("/conversion/baseCurrency")).isEqualTo("INR");
    }

    @Test
    void sellingMoreThanIsHeldIsRefusedInDateOrderAndWritesNothing() throws Exception {
        record(token, activity(account, apple, "BUY", "2025-01-10", "10", "100"));

        Api.Reply beforeTheBuy = api().post(
                        "/api/v1/investments/activities", activity(account, apple, "SELL", "2025-01-09", "1", "100"))
                .token(token)
                .send();
        Api.Reply tooMany = api().post(
                        "/api/v1/investments/activities",
                        activity(account, apple, "SELL", "2025-02-01", "10.0000000001", "100"))
                .token(token)
                .send();

        for (Api.Reply refused : new Api.Reply[] {beforeTheBuy, tooMany}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.field("/code")).isEqualTo("insufficient_quantity");
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(activities(account)).isEqualTo(1);
        assertThat(api().post(
                                "/api/v1/investments/activities",
                                activity(account, apple, "SELL", "2025-02-01", "10", "100"))
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anEditOrDeleteOfAnEarlierBuyThatALaterSellNeedsIsRefused() throws Exception {
        String buy = record(token, activity(account, apple, "BUY", "2025-01-10", "10", "100"));
        record(token, activity(account, apple, "SELL", "2025-02-01", "8", "120"));

        Api.Reply shrink = api().patch("/api/v1/investments/activities/" + buy, Map.of("quantity", "7"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        Api.Reply later = api().patch("/api/v1/investments/activities/" + buy, Map.of("date", "2025-03-01"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        Api.Reply delete = api().delete("/api/v1/investments/activities/" + buy)
                .header("If-Match", "\"0\"")
                .token(token)
                .send();

        for (Api.Reply refused : new Api.Reply[] {shrink, later, delete}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.field("/code")).isEqualTo("insufficient_quantity");
        }
        Api.Reply unchanged =
                api().get("/api/v1/investments/activities/" + buy).token(token).send();
        assertThat(unchanged.field("/quantity")).isEqualTo("10");
        assertThat(unchanged.field("/date")).isEqualTo("2025-01-10");
        assertThat(activities(account)).isEqualTo(2);

        Api.Reply fine = api().patch(
                        "/api/v1/investments/activities/" + buy, Map.of("quantity", "8.00", "unitPrice", "99"))
                .header("If-Match", "\"0\"")
                .token(token)
                .send();
        assertThat(fine.status()).as(fine.toString()).isEqualTo(200);
        assertThat(fine.header("ETag")).isEqualTo("\"1\"");
        assertThat(fine.field("/conversion/baseAmount")).isEqualTo("65934.00");
    }

    @Test
    void aReplayedIdempotencyKeyRecordsOnce() throws Exception {
        Map<String, Object> buy = activity(account, apple, "BUY", "2025-01-10", "3", "100");
        Api.Reply first = api().post("/api/v1/investments/activities", buy)
                .header("Idempotency-Key", "k-1")
                .token(token)
                .send();
        Api.Reply again = api().post("/api/v1/investments/activities", buy)
                .header("Idempotency-Key", "k-1")
                .token(token)
                .send();
        buy.put("quantity", "4");
        Api.Reply reused = api().post("/api/v1/investments/activities", buy)
                .header("Idempotency-Key", "k-1")
                .token(token)
                .send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.field("/id")).isEqualTo(first.field("/id"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.field("/code")).isEqualTo("idempotency_key_reused");
        assertThat(activities(account)).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
        Map<String, Object> negative = activity(account, apple, "BUY", "2025-01-10", "-1", "100");
        Map<String, Object> thirtyDecimals =
                activity(account, apple, "BUY", "2025-01-10", "1.123456789012345678901234567890", "100");
        Map<String, Object> zeroUnits = activity(account, apple, "BUY", "2025-01-10", "0", "100");
        Map<String, Object> future = activity(account, apple, "BUY", "2999-01-10", "1", "100");
        Map<String, Object> otherCurrency = activity(account, apple, "BUY", "2025-01-10", "1", "100");
        otherCurrency.put("currency", "EUR");
        Map<String, Object> unknownCurrency = activity(account, apple, "BUY", "2025-01-10", "1", "100");
        unknownCurrency.put("currency", "ABC");
        Map<String, Object> feeTooFine = activity(account, apple, "BUY", "2025-01-10", "1", "100");
        feeTooFine.put("fee", "0.001");
        Map<String, Object> badType = activity(account, apple, "GIFT", "2025-01-10", "1", "100");
        Map<String, Object> foreignAccount =
                activity(UUID.randomUUID().toString(), apple, "BUY", "2025-01-10", "1", "1");

        Map<Map<String, Object>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(negative, "quantity");
        cases.put(thirtyDecimals, "quantity");
        cases.put(zeroUnits, "quantity");
        cases.put(future, "date");
        cases.put(otherCurrency, "currency");
        cases.put(unknownCurrency, "currency");
        cases.put(feeTooFine, "fee");
        for (var entry : cases.entrySet()) {
            Api.Reply reply = api().post("/api/v1/investments/activities", entry.getKey())
                    .token(token)
                    .send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.field("/code")).isEqualTo("validation_failed");
            assertThat(reply.text()).contains("\"" + entry.getValue() + "\"");
        }
        assertThat(api().post("/api/v1/investments/activities", badType)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post("/api/v1/investments/activities", foreignAccount)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(activities(account)).isZero();
    }

    @Test
    void aSplitLetsTheLaterSellUseTheNewUnitsAndOneThatWouldStrandASellIsRefused() throws Exception {
        record(token, activity(account, apple, "BUY", "2020-08-01", "10", "400"));
        String splits = "/api/v1/investments/assets/" + apple + "/splits";
        Api.Reply fourForOne = api().post(splits, Map.of("exDate", "2020-08-31", "numerator", 4, "denominator", 1))
                .token(token)
                .send();
        assertThat(fourForOne.status()).as(fourForOne.toString()).isEqualTo(201);
        record(token, activity(account, apple, "SELL", "2020-09-15", "40", "120"));

        Api.Reply reverse = api().post(splits, Map.of("exDate", "2020-09-01", "numerator", 1, "denominator", 10))
                .token(token)
                .send();
        Api.Reply sameDay = api().post(splits, Map.of("exDate", "2020-08-31", "numerator", 2, "denominator", 1))
                .token(token)
                .send();
        Api.Reply removed = api().delete(splits + "/" + fourForOne.field("/id"))
                .token(token)
                .send();

        assertThat(reverse.status()).as(reverse.toString()).isEqualTo(422);
        assertThat(reverse.field("/code")).isEqualTo("insufficient_quantity");
        assertThat(sameDay.status()).isEqualTo(409);
        assertThat(removed.status()).isEqualTo(422);
        assertThat(count("select count(*) from investment_splits where asset_id = '" + apple + "'"))
                .isEqualTo(1);
        assertThat(api().get(splits).token(token).send().json().size()).isEqualTo(1);
    }
}
