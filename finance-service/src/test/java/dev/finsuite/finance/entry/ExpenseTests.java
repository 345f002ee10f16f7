package dev.finsuite.finance.entry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import dev.finsuite.finance.jobs.FinanceJobs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExpenseTests extends FinanceTest {

    @Autowired
    FinanceJobs jobs;

    UUID tenant;
    String token;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
        token = member(tenant);
        MARKET.up();
    }

    @Test
    void recordsReadsChangesAndDeletesAnExpense() throws Exception {
        Map<String, Object> body = expense("1250.5", "INR", "2026-11-20");
        body.put("tags", List.of("Family", " weekly ", "family"));
        body.put("metadata", Map.of("receipt", "R-2211", "items", 14));
        Api.Reply created = api().post("/api/v1/expenses", body).token(token).send();
        assertThat(created.status()).isEqualTo(201);
        String id = created.field("/id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/expenses/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.field("/amount")).isEqualTo("1250.50");
        assertThat(created.field("/payee")).isEqualTo("FreshMart");
        assertThat(created.json().get("tags").toString()).isEqualTo("[\"family\",\"weekly\"]");
        assertThat(created.field("/metadata/receipt")).isEqualTo("R-2211");
        assertThat(created.field("/conversion/status")).isEqualTo("CONVERTED");
        assertThat(created.field("/conversion/baseAmount")).isEqualTo("1250.50");
        assertThat(created.field("/conversion/source")).isEqualTo("same-currency");

        Api.Reply read = api().get("/api/v1/expenses/" + id).token(token).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("/description")).isEqualTo("Weekly groceries");

        Api.Reply changed = api().patch(
                        "/api/v1/expenses/" + id, Map.of("description", "Groceries and milk", "payee", ""))
                .token(token)
                .header("If-Match", "\"0\"")
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.field("/description")).isEqualTo("Groceries and milk");
        assertThat(changed.json().has("payee")).as("cleared").isFalse();
        assertThat(changed.field("/amount")).isEqualTo("1250.50");
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");

        assertThat(api().delete("/api/v1/expenses/" + id).token(token).send().status())
                .isEqualTo(204);
        assertThat(api().get("/api/v1/expenses/" + id).token(token).send().status())
                .isEqualTo(404);
        assertThat(count("select count(*) from finance_entries where id = '" + id + "'"))
                .isZero();
    }

    @Test
    void incomeHasASourceAndAnIncomeCategory() throws Exception {
        Map<String, Object> body = Map.of(
                "amount",
                "85000",
                "currency",
                "INR",
                "date",
                "2026-11-01",
                "categoryId",
                SALARY,
                "source",
                "Acme Pvt Ltd");
        Api.Reply created = api().post("/api/v1/incomes", body).token(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("/source")).isEqualTo("Acme Pvt Ltd");
        String id = created.field("/id");
        assertThat(api().get("/api/v1/expenses/" + id).token(token).send().status())
                .as("an income is not an expense")
                .isEqualTo(404);

        Map<String, Object> wrongType = new java.util.HashMap<>(body);
        wrongType.put("categoryId", GROCERIES);
        Api.Reply refused =
                api().post("/api/v1/incomes", wrongType).token(token).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field("/errors/0/field")).isEqualTo("categoryId");
    }

    @Test
    void convertsOtherCurrenciesAtTheRowsDateThroughMarketService() {
        Api.Reply created = api().post("/api/v1/expenses", expense("12.34", "USD", "2026-03-14"))
                .token(token)
                .send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("/conversion/status")).isEqualTo("CONVERTED");
        assertThat(created.field("/conversion/baseCurrency")).isEqualTo("INR");
        assertThat(created.field("/conversion/baseAmount")).isEqualTo("1027.31"); // 12.34 x 83.25 = 1027.305
        assertThat(created.field("/conversion/rate")).isEqualTo("83.25");
        assertThat(created.field("/conversion/rateDate")).isEqualTo("2026-03-14");
        assertThat(created.field("/conversion/source")).isEqualTo("fake-ecb");

        String id = created.field("/id");
        Api.Reply changed = api().patch("/api/v1/expenses/" + id, Map.of("currency", "EUR", "date", "2026-04-01"))
                .token(token)
                .send();
        assertThat(changed.field("/conversion/baseAmount")).as("re-converted").isEqualTo("1111.83"); // 12.34 x 90.10
        assertThat(changed.field("/conversion/rateDate")).isEqualTo("2026-04-01");

        Api.Reply described = api().patch("/api/v1/expenses/" + id, Map.of("description", "Books"))
                .token(token)
                .send();
        assertThat(described.field("/conversion/baseAmount")).isEqualTo("1111.83");
    }

    @Test
    void savesAsPendingWhenMarketServiceIsDownAndTheJobCompletesItLater() throws Exception {
        MARKET.down();
        Api.Reply created = api().post("/api/v1/expenses", expense("10", "USD", "2026-02-02"))
                .token(token)
                .send();
        assertThat(created.status()).as("the user's write still succeeds").isEqualTo(201);
        assertThat(created.field("/conversion/status")).isEqualTo("PENDING");
        assertThat(created.json().at("/conversion/baseAmount").isMissingNode()).isTrue();
        String id = created.field("/id");

        Api.Reply noRate = api().post("/api/v1/expenses", expense("10", "JPY", "2026-02-02"))
                .token(token)
                .send();
        assertThat(noRate.field("/conversion/status"))
                .as("a pair without a rate is pending too")
                .isEqualTo("PENDING");

        Api.Reply summary = api().get("/api/v1/summaries/monthly?year=2026&month=2")
                .token(token)
                .send();
        assertThat(summary.field("/pendingConversions")).isEqualTo("2");
        assertThat(summary.field("/expenses")).isEqualTo("0.00");

        jobs.runFor(LocalDate.of(2026, 11, 24));
        assertThat(api().get("/api/v1/expenses/" + id).token(token).send().field("/conversion/status"))
                .as("still down: still pending")
                .isEqualTo("PENDING");

        MARKET.up();
        jobs.runFor(LocalDate.of(2026, 11, 24));
        Api.Reply completed = api().get("/api/v1/expenses/" + id).token(token).send();
        assertThat(completed.field("/conversion/status")).isEqualTo("CONVERTED");
        assertThat(completed.field("/conversion/baseAmount")).isEqualTo("832.50");
        assertThat(completed.header("ETag")).isEqualTo("\"1\"");
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant
                        + "' and base_amount is null"))
                .as("the JPY row has no rate anywhere and stays pending")
                .isEqualTo(1);

        Api.Reply after = api().get("/api/v1/summaries/monthly?year=2026&month=2")
                .token(token)
                .send();
        assertThat(after.field("/pendingConversions")).isEqualTo("1");
        assertThat(after.field("/expenses")).isEqualTo("832.50");
    }

    @Test
    void changingTheAmountWhileMarketServiceIsDownLeavesTheRowPendingNotWrong() {
        String id = api().post("/api/v1/expenses", expense("10", "USD", "2026-02-02"))
                .token(token)
                .send()
                .field("/id");
        MARKET.down();
        Api.Reply changed = api().patch("/api/v1/expenses/" + id, Map.of("amount", "20"))
                .token(token)
                .send();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.field("/conversion/status")).isEqualTo("PENDING");
    }

    @Test
    void listsFilterByDateCategoryTagAmountCurrencyAndText() {
        Map<String, Object> a = expense("100", "INR", "2026-10-05");
        a.put("tags", List.of("school"));
        a.put("description", "Notebooks");
        Map<String, Object> b = expense("250", "INR", "2026-10-20");
        b.put("categoryId", RENT);
        b.put("payee", "Landlord Sharma");
        Map<String, Object> c = expense("40", "USD", "2026-11-02");
        c.put("tags", List.of("school", "trip"));
        String idA = create(token, "/api/v1/expenses", a);
        String idB = create(token, "/api/v1/expenses", b);
        String idC = create(token, "/api/v1/expenses", c);

        assertThat(ids("from=2026-10-01&to=2026-10-31")).containsExactly(idB, idA);
        assertThat(ids("categoryId=" + FOOD))
                .as("a parent covers its sub-categories")
                .containsExactly(idC, idA);
        assertThat(ids("tag=School")).containsExactly(idC, idA);
        assertThat(ids("minAmount=50&maxAmount=200")).containsExactly(idA);
        assertThat(ids("currency=usd")).containsExactly(idC);
        assertThat(ids("q=sharma")).containsExactly(idB);
        assertThat(ids("q=NOTE")).containsExactly(idA);
        assertThat(ids("q=100%25")).isEmpty();
        assertThat(ids("sort=amount,asc")).containsExactly(idC, idA, idB);

        Api.Reply page =
                api().get("/api/v1/expenses?size=2&page=1").token(token).send();
        assertThat(page.field("/totalItems")).isEqualTo("3");
        assertThat(page.field("/totalPages")).isEqualTo("2");
        assertThat(page.json().get("items").size()).isEqualTo(1);

        assertThat(api().get("/api/v1/expenses?size=201").token(token).send().status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/expenses?sort=password")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/expenses?from=2026-11-01&to=2026-10-01")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/expenses?from=yesterday")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    private List<String> ids(String query) {
        return ids(token, "/api/v1/expenses?" + query);
    }

    @Test
    void anIdempotentRetryWritesOneRowAndReplaysTheFirstResponse() throws Exception {
        Map<String, Object> body = expense("99.99", "INR", "2026-11-20");
        Api.Reply first = api().post("/api/v1/expenses", body)
                .token(token)
                .header("Idempotency-Key", "k-1")
                .send();
        Api.Reply retry = api().post("/api/v1/expenses", body)
                .token(token)
                .header("Idempotency-Key", "k-1")
                .send();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.field("/id")).isEqualTo(first.field("/id"));
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isEqualTo(1);

        body.put("amount", "100");
        Api.Reply reused = api().post("/api/v1/expenses", body)
                .token(token)
                .header("Idempotency-Key", "k-1")
                .send();
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.field("/code")).isEqualTo("idempotency_key_reused");
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isEqualTo(1);
    }

    @Test
    void concurrentUpdatesWithTheSameIfMatchLetExactlyOneWin() throws Exception {
        String id = create(token, "/api/v1/expenses", expense("10", "INR", "2026-11-20"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String amount = String.valueOf(20 + i);
                racers.add(() -> api().patch("/api/v1/expenses/" + id, Map.of("amount", amount))
                        .token(token)
                        .header("If-Match", "\"0\"")
                        .send()
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(racers)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdown();
        }
        Api.Reply stale = api().patch("/api/v1/expenses/" + id, Map.of("amount", "99"))
                .token(token)
                .header("If-Match", "\"0\"")
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.field("/code")).isEqualTo("precondition_failed");
        assertThat(api().delete("/api/v1/expenses/" + id)
                        .token(token)
                        .header("If-Match", "\"0\"")
                        .send()
                        .status())
                .isEqualTo(412);
        assertThat(count("select version from finance_entries where id = '" + id + "'"))
                .isEqualTo(1);
    }
}
