package dev.finsuite.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BudgetTests extends FinanceTest {

    UUID tenant;
    String token;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
        token = member(tenant);
        MARKET.up();
    }

    @Test
    void withoutRolloverEachMonthStartsFromItsLimit() {
        String budget = budget("MONTHLY", "2026-01-01", "NONE", "1000", "INR", GROCERIES);
        spend("600", "INR", "2026-01-10");
        spend("1300", "INR", "2026-02-27");

        Api.Reply feb = status(budget, "2026-02-15");
        assertThat(feb.field("/periodStart")).isEqualTo("2026-02-01");
        assertThat(feb.field("/periodEnd")).isEqualTo("2026-02-28");
        assertThat(feb.field("/limit")).isEqualTo("1000.00");
        assertThat(feb.field("/carriedOver")).isEqualTo("0.00");
        assertThat(feb.field("/spent")).isEqualTo("1300.00");
        assertThat(feb.field("/remaining")).isEqualTo("-300.00");
        assertThat(feb.field("/percentUsed")).isEqualTo("130.00");
        assertThat(feb.field("/state")).isEqualTo("EXCEEDED");

        Api.Reply jan = status(budget, "2026-01-31");
        assertThat(jan.field("/spent")).isEqualTo("600.00");
        assertThat(jan.field("/state")).isEqualTo("OK");
    }

    @Test
    void carrySurplusAddsWhatWasLeftButForgivesOverspending() {
        String budget = budget("MONTHLY", "2026-01-01", "CARRY_SURPLUS", "1000", "INR", GROCERIES);
        spend("600", "INR", "2026-01-10");
        spend("1300", "INR", "2026-02-10");
        spend("100", "INR", "2026-03-01");
        spend("200", "INR", "2026-04-05");

        Api.Reply feb = status(budget, "2026-02-28");
        assertThat(feb.field("/carriedOver")).isEqualTo("400.00");
        assertThat(feb.field("/remaining")).isEqualTo("100.00");
        assertThat(feb.field("/percentUsed")).isEqualTo("92.86");
        assertThat(feb.field("/state")).isEqualTo("WARNING");

        Api.Reply mar = status(budget, "2026-03-01");
        assertThat(mar.field("/carriedOver")).isEqualTo("100.00");
        assertThat(mar.field("/spent")).isEqualTo("100.00");
        assertThat(mar.field("/state")).isEqualTo("OK");

        Api.Reply apr = status(budget, "2026-04-30");
        assertThat(apr.field("/carriedOver")).as("March left 1000 of its 1100").isEqualTo("1000.00");
        assertThat(apr.field("/remaining")).isEqualTo("1800.00");
    }

    @Test
    void carryAllTakesOverspendingFromTheNextPeriod() {
        String budget = budget("MONTHLY", "2026-01-01", "CARRY_ALL", "1000", "INR", GROCERIES);
        spend("1500", "INR", "2026-01-10");
        spend("800", "INR", "2026-02-10");

        Api.Reply feb = status(budget, "2026-02-10");
        assertThat(feb.field("/carriedOver")).isEqualTo("-500.00");
        assertThat(feb.field("/remaining")).isEqualTo("-300.00");
        assertThat(feb.field("/state")).isEqualTo("EXCEEDED");

        Api.Reply mar = status(budget, "2026-03-10");
        assertThat(mar.field("/carriedOver")).isEqualTo("-300.00");
        assertThat(mar.field("/remaining")).isEqualTo("700.00");
        assertThat(mar.field("/state")).isEqualTo("OK");
    }

    @Test
    void periodsAreCountedFromTheStartDateAcrossBoundaries() {
        String weekly = budget("WEEKLY", "2026-11-04", "NONE", "500", "INR", null);
        spend("100", "INR", "2026-11-10");
        spend("999", "INR", "2026-11-11");
        Api.Reply week = status(weekly, "2026-11-10");
        assertThat(week.field("/periodStart")).isEqualTo("2026-11-04");
        assertThat(week.field("/periodEnd")).isEqualTo("2026-11-10");
        assertThat(week.field("/spent")).as("the 11th is the next week").isEqualTo("100.00");
        assertThat(status(weekly, "2026-11-11").field("/spent")).isEqualTo("999.00");

        String quarterly = budget("QUARTERLY", "2026-01-31", "NONE", "500", "INR", null);
        Api.Reply q2 = status(quarterly, "2026-05-15");
        assertThat(q2.field("/periodStart")).isEqualTo("2026-04-30");
        assertThat(q2.field("/periodEnd")).isEqualTo("2026-07-30");

        String yearly = budget("YEARLY", "2024-02-29", "NONE", "500", "INR", null);
        Api.Reply year = status(yearly, "2026-02-28");
        assertThat(year.field("/periodStart")).isEqualTo("2026-02-28");
        assertThat(year.field("/periodEnd")).isEqualTo("2027-02-27");
        assertThat(status(yearly, "2028-03-01").field("/periodStart")).isEqualTo("2028-02-29");

        Api.Reply before = api().get("/api/v1/budgets/" + weekly + "/status?date=2026-11-01")
                .token(token)
                .send();
        assertThat(before.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/budgets/" + weekly + "/status?date=3000-01-01")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/budgets/status?date=%2B999999999-12-31")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aParentCategoryCountsItsChildrenAndOtherCurrenciesCountAtTheirStoredRate() {
        String food = budget("MONTHLY", "2026-11-01", "NONE", "2000", "INR", FOOD);
        spend("500", "INR", "2026-11-02");
        spend("10", "USD", "2026-11-03");
        Map<String, Object> rent = expense("25000", "INR", "2026-11-01");
        rent.put("categoryId", RENT);
        create(token, "/api/v1/expenses", rent);
        MARKET.rate("USD", "INR", "90"); // a later rate must not change what was spent
        Api.Reply now = status(food, "2026-11-20");
        assertThat(now.field("/spent")).isEqualTo("1332.50");
        assertThat(now.field("/percentUsed")).isEqualTo("66.63");
        MARKET.rate("USD", "INR", "83.25");

        String inDollars = budget("MONTHLY", "2026-11-01", "NONE", "100", "USD", FOOD);
        Api.Reply usd = status(inDollars, "2026-11-20");
        assertThat(usd.field("/currency")).isEqualTo("USD");
        assertThat(usd.field("/spent")).as("$10 as spent, INR 500 at 0.012").isEqualTo("16.00");
    }

    @Test
    void expensesWaitingForAConversionAreCountedNotGuessed() {
        String budget = budget("MONTHLY", "2026-11-01", "NONE", "1000", "INR", GROCERIES);
        MARKET.down();
        spend("10", "USD", "2026-11-03");
        spend("100", "INR", "2026-11-04");
        Api.Reply now = status(budget, "2026-11-20");
        assertThat(now.field("/spent")).isEqualTo("100.00");
        assertThat(now.field("/pendingConversions")).isEqualTo("1");
    }

    @Test
    void allBudgetsAtOnceAndCrud() throws Exception {
        String groceries = budget("MONTHLY", "2026-01-01", "NONE", "800", "INR", GROCERIES);
        budget("MONTHLY", "2026-01-01", "NONE", "50000", "INR", null);
        budget("MONTHLY", "2027-01-01", "NONE", "50000", "INR", null);
        spend("700", "INR", "2026-11-02");
        Api.Reply all =
                api().get("/api/v1/budgets/status?date=2026-11-24").token(token).send();
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().size())
                .as("the one starting next year is left out")
                .isEqualTo(2);
        assertThat(all.field("/0/name")).isEqualTo("All spending");
        assertThat(all.field("/1/name")).isEqualTo("Groceries");
        assertThat(all.field("/1/state")).isEqualTo("WARNING");

        Api.Reply changed = api().patch(
                        "/api/v1/budgets/" + groceries, Map.of("limit", "2000", "rollover", "CARRY_ALL"))
                .token(token)
                .header("If-Match", "\"0\"")
                .send();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.field("/limit")).isEqualTo("2000.00");
        assertThat(api().patch("/api/v1/budgets/" + groceries, Map.of("limit", "1"))
                        .token(token)
                        .header("If-Match", "\"0\"")
                        .send()
                        .status())
                .isEqualTo(412);
        assertThat(api().get("/api/v1/budgets?sort=name,desc")
                        .token(token)
                        .send()
                        .field("/totalItems"))
                .isEqualTo("3");
        assertThat(api().delete("/api/v1/budgets/" + groceries)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(count("select count(*) from finance_budgets where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);
    }

    @Test
    void refusesBadBudgets() throws Exception {
        Map<String, Object> good =
                Map.of("limit", "100", "currency", "INR", "period", "MONTHLY", "startDate", "2026-01-01");
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                        "limit",
                        "0",
                        "currency",
                        "QQQ",
                        "period",
                        "DAILY",
                        "startDate",
                        "2026-13-01",
                        "categoryId",
                        SALARY,
                        "rollover",
                        "SOMETIMES")
                .entrySet()) {
            Map<String, Object> body = new HashMap<>(good);
            body.put(bad.getKey(), bad.getValue());
            Api.Reply refused = api().post("/api/v1/budgets", body).token(token).send();
            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
        }
        assertThat(count("select count(*) from finance_budgets where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    private String budget(
            String period, String start, String rollover, String limit, String currency, String category) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "limit", limit, "currency", currency, "period", period, "startDate", start, "rollover", rollover));
        if (category != null) {
            body.put("categoryId", category);
        }
        return create(token, "/api/v1/budgets", body);
    }

    private void spend(String amount, String currency, String date) {
        create(token, "/api/v1/expenses", expense(amount, currency, date));
    }

    private Api.Reply status(String budget, String date) {
        Api.Reply reply = api().get("/api/v1/budgets/" + budget + "/status?date=" + LocalDate.parse(date))
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }
}
