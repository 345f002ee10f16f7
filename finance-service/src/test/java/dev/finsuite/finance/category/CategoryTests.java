package dev.finsuite.finance.category;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CategoryTests extends FinanceTest {

    UUID tenant;
    String token;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
        token = member(tenant);
    }

    @Test
    void everyTenantSeesTheSystemCategoriesAndOnlyItsOwnCustomOnes() throws Exception {
        Api.Reply expenses = api().get("/api/v1/categories?type=EXPENSE&size=200")
                .token(token)
                .send();
        assertThat(names(expenses))
                .contains("Groceries", "Rent", "Food & Dining")
                .doesNotContain("Salary");
        String coffee =
                create(token, "/api/v1/categories", Map.of("name", "Coffee", "type", "EXPENSE", "parentId", FOOD));

        Api.Reply mine = api().get("/api/v1/categories/" + coffee).token(token).send();
        assertThat(mine.field("/parentId")).isEqualTo(FOOD);
        assertThat(mine.field("/system")).isEqualTo("false");
        assertThat(names(api().get("/api/v1/categories?size=200").token(token).send()))
                .contains("Coffee");

        String other = member(newTenant("INR"));
        assertThat(names(api().get("/api/v1/categories?size=200").token(other).send()))
                .doesNotContain("Coffee");
        assertThat(api().get("/api/v1/categories/" + coffee).token(other).send().status())
                .isEqualTo(404);
    }

    @Test
    void systemCategoriesAreReadOnly() throws Exception {
        Api.Reply rename = api().patch("/api/v1/categories/" + GROCERIES, Map.of("name", "Mine now"))
                .token(token)
                .send();
        assertThat(rename.status()).isEqualTo(403);
        assertThat(rename.field("/code")).isEqualTo("forbidden");
        assertThat(api().delete("/api/v1/categories/" + GROCERIES)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(count("select count(*) from finance_categories where id = '" + GROCERIES
                        + "' and name = 'Groceries'"))
                .isEqualTo(1);
    }

    @Test
    void onlyOneLevelOfParentsAndOfTheSameType() {
        String coffee =
                create(token, "/api/v1/categories", Map.of("name", "Coffee", "type", "EXPENSE", "parentId", FOOD));
        Api.Reply tooDeep = api().post(
                        "/api/v1/categories", Map.of("name", "Espresso", "type", "EXPENSE", "parentId", coffee))
                .token(token)
                .send();
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.field("/errors/0/field")).isEqualTo("parentId");
        Api.Reply wrongType = api().post(
                        "/api/v1/categories", Map.of("name", "Bonus", "type", "INCOME", "parentId", FOOD))
                .token(token)
                .send();
        assertThat(wrongType.status()).isEqualTo(400);
        Api.Reply duplicate = api().post(
                        "/api/v1/categories", Map.of("name", "coffee", "type", "EXPENSE", "parentId", FOOD))
                .token(token)
                .send();
        assertThat(duplicate.status()).isEqualTo(409);

        for (Object badParent : new Object[] {Map.of(), java.util.List.of(), 5, "nope"}) {
            Api.Reply refused = api().patch("/api/v1/categories/" + coffee, Map.of("parentId", badParent))
                    .token(token)
                    .send();
            assertThat(refused.status()).as(String.valueOf(badParent)).isEqualTo(400);
        }
        Map<String, Object> topLevel = new HashMap<>();
        topLevel.put("parentId", null);
        Api.Reply moved = api().patch("/api/v1/categories/" + coffee, topLevel)
                .token(token)
                .header("If-Match", "\"0\"")
                .send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().has("parentId")).isFalse();
        assertThat(api().patch("/api/v1/categories/" + coffee, Map.of("name", "Kaffee"))
                        .token(token)
                        .header("If-Match", "\"0\"")
                        .send()
                        .status())
                .isEqualTo(412);
    }

    @Test
    void aCategoryInUseIsKeptUnlessItsMoneyIsReassigned() throws Exception {
        String coffee = create(token, "/api/v1/categories", Map.of("name", "Coffee", "type", "EXPENSE"));
        String snacks = create(token, "/api/v1/categories", Map.of("name", "Snacks", "type", "EXPENSE"));
        Map<String, Object> latte = expense("180", "INR", "2026-11-03");
        latte.put("categoryId", coffee);
        String expense = create(token, "/api/v1/expenses", latte);
        create(
                token,
                "/api/v1/budgets",
                Map.of(
                        "categoryId",
                        coffee,
                        "limit",
                        "2000",
                        "currency",
                        "INR",
                        "period",
                        "MONTHLY",
                        "startDate",
                        "2026-11-01"));

        Api.Reply inUse =
                api().delete("/api/v1/categories/" + coffee).token(token).send();
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.field("/detail")).contains("reassignTo");
        Api.Reply wrongType = api().delete("/api/v1/categories/" + coffee + "?reassignTo=" + SALARY)
                .token(token)
                .send();
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(count("select count(*) from finance_categories where id = '" + coffee + "'"))
                .isEqualTo(1);

        assertThat(api().delete("/api/v1/categories/" + coffee + "?reassignTo=" + snacks)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/v1/expenses/" + expense).token(token).send().field("/categoryId"))
                .isEqualTo(snacks);
        assertThat(count("select count(*) from finance_budgets where tenant_id = '" + tenant + "' and category_id = '"
                        + snacks + "'"))
                .isEqualTo(1);
        assertThat(api().get("/api/v1/categories/" + coffee).token(token).send().status())
                .isEqualTo(404);

        String unused = create(token, "/api/v1/categories", Map.of("name", "Unused", "type", "INCOME"));
        assertThat(api().delete("/api/v1/categories/" + unused)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
    }

    @Test
    void refusesBadCategoriesAndWritesNothing() throws Exception {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("name", " ", "type", "EXPENSE"),
                Map.of("name", "x".repeat(61), "type", "EXPENSE"),
                Map.of("name", "Pets", "type", "TRANSFER"),
                Map.of("name", "Pets"),
                Map.of(
                        "name",
                        "Pets",
                        "type",
                        "EXPENSE",
                        "parentId",
                        UUID.randomUUID().toString()))) {
            Api.Reply refused =
                    api().post("/api/v1/categories", bad).token(token).send();
            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(count("select count(*) from finance_categories where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    @Test
    void aNulByteInANameIsA400NamingItNotADuplicate() throws Exception {
        Api.Reply refused = api().post("/api/v1/categories", Map.of("name", "Pe\u0000ts", "type", "EXPENSE"))
                .token(token)
                .send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.field("/code")).isEqualTo("validation_failed");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("name");
        assertThat(count("select count(*) from finance_categories where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    @Test
    void theCachedListSeesEveryChangeAtOnce() {
        assertThat(names(api().get("/api/v1/categories?size=200").token(token).send()))
                .doesNotContain("Pets");
        String pets = create(token, "/api/v1/categories", Map.of("name", "Pets", "type", "EXPENSE"));
        assertThat(names(api().get("/api/v1/categories?size=200").token(token).send()))
                .contains("Pets");
        api().patch("/api/v1/categories/" + pets, Map.of("name", "Pet care"))
                .token(token)
                .send();
        assertThat(names(api().get("/api/v1/categories?size=200").token(token).send()))
                .contains("Pet care")
                .doesNotContain("Pets");
        api().delete("/api/v1/categories/" + pets).token(token).send();
        assertThat(names(api().get("/api/v1/categories?size=200").token(token).send()))
                .doesNotContain("Pet care");
    }

    private static List<String> names(Api.Reply list) {
        assertThat(list.status()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        list.json().get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
