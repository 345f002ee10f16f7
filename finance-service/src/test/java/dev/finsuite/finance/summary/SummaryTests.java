package dev.finsuite.finance.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class SummaryTests extends FinanceTest {

    @Autowired
    StringRedisTemplate redis;

    UUID tenant;
    String token;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
        token = member(tenant);
        MARKET.up();
    }

    @Test
    void aMonthInTheBaseCurrencyByCategory() {
        create(
                token,
                "/api/v1/incomes",
                Map.of("amount", "85000", "currency", "INR", "date", "2026-11-01", "categoryId", SALARY));
        create(token, "/api/v1/expenses", expense("1000", "INR", "2026-11-03"));
        create(token, "/api/v1/expenses", expense("10", "USD", "2026-11-30"));
        Map<String, Object> rent = expense("25000", "INR", "2026-11-05");
        rent.put("categoryId", RENT);
        create(token, "/api/v1/expenses", rent);
        create(token, "/api/v1/expenses", expense("999", "INR", "2026-12-01"));

        Api.Reply november = api().get("/api/v1/summaries/monthly?year=2026&month=11")
                .token(token)
                .send();
        assertThat(november.status()).isEqualTo(200);
        assertThat(november.field("/month")).isEqualTo("2026-11");
        assertThat(november.field("/baseCurrency")).isEqualTo("INR");
        assertThat(november.field("/income")).isEqualTo("85000.00");
        assertThat(november.field("/expenses")).isEqualTo("26832.50");
        assertThat(november.field("/net")).isEqualTo("58167.50");
        assertThat(november.field("/pendingConversions")).isEqualTo("0");
        assertThat(november.field("/categories/0/name")).isEqualTo("Rent");
        assertThat(november.field("/categories/0/amount")).isEqualTo("25000.00");
        assertThat(november.field("/categories/1/name")).isEqualTo("Groceries");
        assertThat(november.field("/categories/1/amount")).isEqualTo("1832.50");
        assertThat(november.field("/categories/1/entries")).isEqualTo("2");
        assertThat(november.field("/categories/2/type")).isEqualTo("INCOME");

        Api.Reply trend = api().get("/api/v1/summaries/trend?from=2026-10&to=2026-12")
                .token(token)
                .send();
        assertThat(trend.status()).isEqualTo(200);
        assertThat(trend.json().size()).isEqualTo(3);
        assertThat(trend.field("/0/expenses")).isEqualTo("0.00");
        assertThat(trend.field("/1/expenses")).isEqualTo("26832.50");
        assertThat(trend.field("/2/expenses")).isEqualTo("999.00");

        assertThat(api().get("/api/v1/summaries/monthly?year=2026&month=13")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/summaries/trend?from=2026-12&to=2026-01")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/summaries/trend?from=2000-01&to=2026-01")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/summaries/trend?from=soon&to=2026-01")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theCachedSummaryIsForgottenOnEveryWriteThatChangesIt() throws Exception {
        String id = create(token, "/api/v1/expenses", expense("100", "INR", "2026-11-03"));
        assertThat(expenses()).isEqualTo("100.00");
        awaitCached();

        api().patch("/api/v1/expenses/" + id, Map.of("amount", "150"))
                .token(token)
                .send();
        assertThat(expenses()).isEqualTo("150.00");
        awaitCached();
        create(token, "/api/v1/expenses", expense("50", "INR", "2026-11-04"));
        assertThat(expenses()).isEqualTo("200.00");
        awaitCached();
        api().delete("/api/v1/expenses/" + id).token(token).send();
        assertThat(expenses()).isEqualTo("50.00");
    }

    private String expenses() {
        return api().get("/api/v1/summaries/monthly?year=2026&month=11")
                .token(token)
                .send()
                .field("/expenses");
    }

    /** The cache writes on its own connection; wait for the entry, so the next read could be served from it. */
    private void awaitCached() {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(redis.keys("finance:" + tenant + ":summaries::*"))
                        .as("the summary is cached under the tenant's prefix")
                        .isNotEmpty());
    }
}
