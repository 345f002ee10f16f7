package dev.finsuite.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.RequestBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An attacker holding tenant B's token gets 404 for every one of tenant A's ids, and sees none of A's money. */
class TenantIsolationTests extends FinanceTest {

    @Test
    void anotherTenantsIdsAreNotFoundOnEveryMethodAndNothingChanges() throws Exception {
        UUID victim = newTenant("INR");
        String owner = member(victim);
        String attacker = member(newTenant("INR"));

        String category = create(owner, "/api/v1/categories", Map.of("name", "Secret", "type", "EXPENSE"));
        Map<String, Object> body = expense("500", "INR", "2026-11-03");
        body.put("categoryId", category);
        String expense = create(owner, "/api/v1/expenses", body);
        String income = create(
                owner,
                "/api/v1/incomes",
                Map.of("amount", "9000", "currency", "INR", "date", "2026-11-01", "categoryId", SALARY));
        String budget =
                create(owner, "/api/v1/budgets", RequestBodies.monthlyBudget(category, "1000", "INR", "2026-11-01"));
        String borrowing = create(
                owner,
                "/api/v1/borrowings",
                Map.of("counterpartyName", "Ravi", "principal", "100", "currency", "INR", "date", "2026-11-01"));
        String repayment = api().post(
                        "/api/v1/borrowings/" + borrowing + "/repayments", Map.of("amount", "10", "date", "2026-11-02"))
                .token(owner)
                .send()
                .field("/payment/id");
        String lending = create(
                owner,
                "/api/v1/lendings",
                Map.of("counterpartyName", "Meera", "principal", "100", "currency", "INR", "date", "2026-11-01"));
        String collection = api().post(
                        "/api/v1/lendings/" + lending + "/collections", Map.of("amount", "10", "date", "2026-11-02"))
                .token(owner)
                .send()
                .field("/payment/id");
        String rule = create(
                owner,
                "/api/v1/recurring-rules",
                Map.of(
                        "type",
                        "EXPENSE",
                        "amount",
                        "5",
                        "currency",
                        "INR",
                        "categoryId",
                        category,
                        "frequency",
                        "DAILY",
                        "startDate",
                        "2026-11-01"));

        List<Api.Call> attacks = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/expenses/" + expense,
                "/api/v1/incomes/" + income,
                "/api/v1/categories/" + category,
                "/api/v1/budgets/" + budget,
                "/api/v1/borrowings/" + borrowing,
                "/api/v1/lendings/" + lending,
                "/api/v1/recurring-rules/" + rule)) {
            attacks.add(api().get(path));
            attacks.add(api().patch(path, Map.of("description", "mine", "name", "mine", "amount", "1")));
            attacks.add(api().delete(path));
        }
        attacks.add(api().get("/api/v1/budgets/" + budget + "/status?date=2026-11-10"));
        attacks.add(api().get("/api/v1/recurring-rules/" + rule + "/occurrences?from=2026-11-01&to=2026-11-30"));
        attacks.add(api().post(
                        "/api/v1/borrowings/" + borrowing + "/repayments",
                        Map.of("amount", "1", "date", "2026-11-03")));
        attacks.add(api().get("/api/v1/borrowings/" + borrowing + "/repayments"));
        attacks.add(api().get("/api/v1/borrowings/" + borrowing + "/repayments/" + repayment));
        attacks.add(api().delete("/api/v1/borrowings/" + borrowing + "/repayments/" + repayment));
        attacks.add(api().post(
                        "/api/v1/lendings/" + lending + "/collections", Map.of("amount", "1", "date", "2026-11-03")));
        attacks.add(api().get("/api/v1/lendings/" + lending + "/collections"));
        attacks.add(api().get("/api/v1/lendings/" + lending + "/collections/" + collection));
        attacks.add(api().delete("/api/v1/lendings/" + lending + "/collections/" + collection));
        for (Api.Call attack : attacks) {
            Api.Reply reply = attack.token(attacker).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.field("/code")).isEqualTo("not_found");
        }

        assertThat(count("select count(*) from finance_entries where tenant_id = '" + victim + "' and version = 0"))
                .as("A's expense and income unchanged")
                .isEqualTo(2);
        assertThat(count("select count(*) from finance_debt_payments where tenant_id = '" + victim + "'"))
                .isEqualTo(2);
        assertThat(count("select sum(version) from finance_debts where tenant_id = '" + victim + "'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from finance_categories where id = '" + category + "' and name = 'Secret'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from finance_recurring_rules where id = '" + rule + "' and version = 0"))
                .isEqualTo(1);
        assertThat(count("select count(*) from finance_budgets where id = '" + budget + "' and version = 0"))
                .isEqualTo(1);
    }

    @Test
    void anotherTenantsRowsAreInNoListSummaryOrReference() throws Exception {
        String owner = member(newTenant("INR"));
        UUID attackerTenant = newTenant("INR");
        String attacker = member(attackerTenant);
        String category = create(owner, "/api/v1/categories", Map.of("name", "Secret", "type", "EXPENSE"));
        create(owner, "/api/v1/expenses", expense("500", "INR", "2026-11-03"));
        create(
                owner,
                "/api/v1/incomes",
                Map.of("amount", "9000", "currency", "INR", "date", "2026-11-01", "categoryId", SALARY));
        create(
                owner,
                "/api/v1/budgets",
                Map.of("limit", "1000", "currency", "INR", "period", "MONTHLY", "startDate", "2026-11-01"));
        create(
                owner,
                "/api/v1/lendings",
                Map.of("counterpartyName", "Meera", "principal", "100", "currency", "INR", "date", "2026-11-01"));
        String rule = create(
                owner,
                "/api/v1/recurring-rules",
                Map.of(
                        "type",
                        "EXPENSE",
                        "amount",
                        "5",
                        "currency",
                        "INR",
                        "categoryId",
                        GROCERIES,
                        "frequency",
                        "DAILY",
                        "startDate",
                        "2026-11-01"));

        for (String list : List.of(
                "/api/v1/expenses",
                "/api/v1/incomes",
                "/api/v1/budgets",
                "/api/v1/borrowings",
                "/api/v1/lendings",
                "/api/v1/recurring-rules",
                "/api/v1/counterparties")) {
            assertThat(api().get(list).token(attacker).send().field("/totalItems"))
                    .as(list)
                    .isEqualTo("0");
        }
        assertThat(api().get("/api/v1/budgets/status")
                        .token(attacker)
                        .send()
                        .json()
                        .size())
                .isZero();
        assertThat(api().get("/api/v1/categories?size=200")
                        .token(attacker)
                        .send()
                        .text())
                .doesNotContain("Secret");
        Api.Reply summary = api().get("/api/v1/summaries/monthly?year=2026&month=11")
                .token(attacker)
                .send();
        assertThat(summary.field("/income")).isEqualTo("0.00");
        assertThat(summary.field("/expenses")).isEqualTo("0.00");

        Map<String, Object> usingTheirCategory = expense("1", "INR", "2026-11-03");
        usingTheirCategory.put("categoryId", category);
        assertThat(api().post("/api/v1/expenses", usingTheirCategory)
                        .token(attacker)
                        .send()
                        .status())
                .isEqualTo(400);
        Map<String, Object> usingTheirRule = expense("1", "INR", "2026-11-03");
        usingTheirRule.put("recurringRuleId", rule);
        assertThat(api().post("/api/v1/expenses", usingTheirRule)
                        .token(attacker)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post(
                                "/api/v1/budgets",
                                Map.of(
                                        "categoryId",
                                        category,
                                        "limit",
                                        "1",
                                        "currency",
                                        "INR",
                                        "period",
                                        "MONTHLY",
                                        "startDate",
                                        "2026-11-01"))
                        .token(attacker)
                        .send()
                        .status())
                .isEqualTo(400);
        String mine = create(attacker, "/api/v1/categories", Map.of("name", "Mine", "type", "EXPENSE"));
        assertThat(api().delete("/api/v1/categories/" + mine + "?reassignTo=" + category)
                        .token(attacker)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + attackerTenant + "'"))
                .isZero();
    }
}
