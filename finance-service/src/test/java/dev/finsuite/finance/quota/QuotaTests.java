package dev.finsuite.finance.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Per-tenant quotas, set small here: a create beyond one is a 422 naming the quota, writes nothing, leaves other
 * tenants alone, and deleting one makes room again.
 */
@TestPropertySource(
        properties = {"finsuite.quotas.categories=3", "finsuite.quotas.budgets=2", "finsuite.quotas.recurring-rules=2"})
class QuotaTests extends FinanceTest {

    UUID tenant;
    String token;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
        token = member(tenant);
        MARKET.up();
    }

    @Test
    void categoriesBeyondTheQuotaAreRefusedNamingItAndDeletingOneMakesRoom() throws Exception {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(create(token, "/api/v1/categories", category("Mine " + i)));
        }
        Api.Reply refused = api().post("/api/v1/categories", category("One too many"))
                .token(token)
                .send();
        assertQuotaExceeded(refused, "categories", 3, 3);
        assertThat(count("select count(*) from finance_categories where tenant_id = '" + tenant + "'"))
                .isEqualTo(3);

        String other = member(newTenant("INR"));
        create(other, "/api/v1/categories", category("Theirs"));

        assertThat(api().delete("/api/v1/categories/" + made.get(0))
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        create(token, "/api/v1/categories", category("One too many"));
    }

    @Test
    void budgetsBeyondTheQuotaAreRefusedNamingIt() throws Exception {
        String first = create(token, "/api/v1/budgets", budget());
        create(token, "/api/v1/budgets", budget());
        assertQuotaExceeded(api().post("/api/v1/budgets", budget()).token(token).send(), "budgets", 2, 2);
        assertThat(count("select count(*) from finance_budgets where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);

        create(member(newTenant("INR")), "/api/v1/budgets", budget());

        assertThat(api().delete("/api/v1/budgets/" + first).token(token).send().status())
                .isEqualTo(204);
        create(token, "/api/v1/budgets", budget());
    }

    @Test
    void recurringRulesBeyondTheQuotaAreRefusedNamingIt() throws Exception {
        String first = create(token, "/api/v1/recurring-rules", rule());
        create(token, "/api/v1/recurring-rules", rule());
        assertQuotaExceeded(
                api().post("/api/v1/recurring-rules", rule()).token(token).send(), "recurringRules", 2, 2);
        assertThat(count("select count(*) from finance_recurring_rules where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);

        create(member(newTenant("INR")), "/api/v1/recurring-rules", rule());

        assertThat(api().delete("/api/v1/recurring-rules/" + first)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        create(token, "/api/v1/recurring-rules", rule());
    }

    @Test
    void concurrentCreatesAtTheLastFreeSlotLetExactlyOneIn() throws Exception {
        create(token, "/api/v1/categories", category("Mine 0"));
        create(token, "/api/v1/categories", category("Mine 1"));
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String name = "Racer " + i;
                Callable<Integer> racer = () -> {
                    start.await();
                    return api().post("/api/v1/categories", category(name))
                            .token(token)
                            .send()
                            .status();
                };
                replies.add(pool.submit(racer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 422).hasSize(racers - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from finance_categories where tenant_id = '" + tenant + "'"))
                .isEqualTo(3);
    }

    static void assertQuotaExceeded(Api.Reply reply, String quota, int limit, int used) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("/code")).isEqualTo("quota_exceeded");
        assertThat(reply.field("/type")).isEqualTo("urn:finsuite:problem:quota_exceeded");
        assertThat(reply.field("/quota")).isEqualTo(quota);
        assertThat(reply.json().get("limit").asInt()).isEqualTo(limit);
        assertThat(reply.json().get("used").asInt()).isEqualTo(used);
    }

    private static Map<String, Object> category(String name) {
        return Map.of("name", name, "type", "EXPENSE");
    }

    private static Map<String, Object> budget() {
        return new HashMap<>(Map.of(
                "limit", "100", "currency", "INR", "period", "MONTHLY", "startDate", "2026-01-01", "rollover", "NONE"));
    }

    private static Map<String, Object> rule() {
        return new HashMap<>(Map.of(
                "type",
                "EXPENSE",
                "amount",
                "10",
                "currency",
                "INR",
                "categoryId",
                GROCERIES,
                "description",
                "Milk",
                "frequency",
                "MONTHLY",
                "startDate",
                "2026-01-01"));
    }
}
