package dev.finsuite.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every finance endpoint, and every request body it documents has an example. */
class OpenApiTests extends FinanceTest {

    @Test
    void everyEndpointIsDescribedAndEveryRequestBodyHasAnExample() {
        Api.Reply docs = api().get("/v3/api-docs").send();
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/categories",
                        "/api/v1/categories/{id}",
                        "/api/v1/expenses",
                        "/api/v1/expenses/{id}",
                        "/api/v1/incomes",
                        "/api/v1/incomes/{id}",
                        "/api/v1/budgets",
                        "/api/v1/budgets/{id}",
                        "/api/v1/budgets/{id}/status",
                        "/api/v1/budgets/status",
                        "/api/v1/borrowings",
                        "/api/v1/borrowings/{id}",
                        "/api/v1/borrowings/{id}/{movements}",
                        "/api/v1/borrowings/{id}/{movements}/{paymentId}",
                        "/api/v1/lendings",
                        "/api/v1/lendings/{id}",
                        "/api/v1/lendings/{id}/{movements}",
                        "/api/v1/counterparties",
                        "/api/v1/recurring-rules",
                        "/api/v1/recurring-rules/{id}",
                        "/api/v1/recurring-rules/{id}/occurrences",
                        "/api/v1/summaries/monthly",
                        "/api/v1/summaries/trend");

        JsonNode schemas = docs.json().at("/components/schemas");
        for (String body : List.of(
                "NewCategory",
                "CategoryPatch",
                "NewExpense",
                "ExpensePatch",
                "NewIncome",
                "IncomePatch",
                "NewBudget",
                "BudgetPatch",
                "NewDebt",
                "DebtPatch",
                "PaymentRequest",
                "NewRule",
                "RulePatch")) {
            assertThat(schemas.has(body)).as(body).isTrue();
            assertThat(schemas.get(body).has("example"))
                    .as(body + " has an example")
                    .isTrue();
        }
        for (String response : List.of("BudgetStatusView", "MonthSummary", "CounterpartyView")) {
            assertThat(schemas.get(response).has("example"))
                    .as(response + " has an example")
                    .isTrue();
        }
    }
}
