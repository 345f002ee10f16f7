package dev.finsuite.finance.entry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem naming the field, and nothing is written. */
class ValidationTests extends FinanceTest {

    UUID tenant;
    String token;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
        token = member(tenant);
    }

    @Test
    void refusesBadExpensesAndWritesNothing() throws Exception {
        assertRefused(with("amount", "0"), 400, "amount");
        assertRefused(with("amount", "-5"), 400, "amount");
        assertRefused(with("amount", "abc"), 400, null);
        assertRefused(with("amount", "10.005"), 400, "amount");
        assertRefused(with("currency", "XYZ"), 400, "currency");
        assertRefused(with("currency", null), 400, "currency");
        assertRefused(with("date", "2026-02-30"), 400, null);
        assertRefused(with("date", "20-11-2026"), 400, null);
        assertRefused(with("date", "1850-01-01"), 400, "date");
        assertRefused(with("categoryId", UUID.randomUUID().toString()), 400, "categoryId");
        assertRefused(with("categoryId", "not-a-uuid"), 400, null);
        assertRefused(with("paymentMethod", "BITCOIN"), 400, null);
        assertRefused(with("tags", Collections.nCopies(10_000, "x")), 400, "tags");
        assertRefused(with("tags", List.of("ok", "")), 400, "tags");
        assertRefused(with("tags", List.of("x".repeat(41))), 400, "tags");
        assertRefused(with("metadata", List.of(1, 2)), 400, "metadata");
        assertRefused(with("metadata", "just text"), 400, "metadata");
        assertRefused(with("recurringRuleId", UUID.randomUUID().toString()), 400, "recurringRuleId");
        assertRefused(with("description", "d".repeat(1001)), 400, "description");
        assertRefused(with("amount", "1E-300000000"), 400, "amount");
        assertRefused(with("amount", 1E300), 400, "amount");
        assertRefused(with("amount", "12.5.0"), 400, "amount");

        Api.Reply huge = api().post("/api/v1/expenses", with("description", "d".repeat(1024 * 1024)))
                .token(token)
                .send();
        assertThat(huge.status()).as("a 1 MB description").isBetween(400, 413);
        assertThat(huge.header("Content-Type")).startsWith("application/problem+json");

        Api.Reply notJson = api().post("/api/v1/expenses", "{").token(token).send();
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    @Test
    void refusesBadChangesAndKeepsTheRowAsItWas() throws Exception {
        String id = create(token, "/api/v1/expenses", expense("10", "INR", "2026-11-01"));
        for (Map<String, Object> patch : List.<Map<String, Object>>of(
                Map.of("amount", "0"),
                Map.of("currency", "ABC"),
                Map.of("metadata", 5),
                Map.of("tags", Collections.nCopies(51, "t")),
                Map.of("categoryId", SALARY))) {
            Api.Reply refused =
                    api().patch("/api/v1/expenses/" + id, patch).token(token).send();
            assertThat(refused.status()).as(patch.toString()).isEqualTo(400);
        }
        Api.Reply kept = api().get("/api/v1/expenses/" + id).token(token).send();
        assertThat(kept.field("/amount")).isEqualTo("10.00");
        assertThat(kept.header("ETag")).isEqualTo("\"0\"");
        assertThat(api().get("/api/v1/expenses/not-a-uuid").token(token).send().status())
                .isEqualTo(400);
    }

    @Test
    void refusesBadIncomeAndWritesNothing() throws Exception {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("amount", "0", "currency", "INR", "date", "2026-11-01", "categoryId", SALARY),
                Map.of("amount", "10", "currency", "XYZ", "date", "2026-11-01", "categoryId", SALARY),
                Map.of("amount", "10", "currency", "INR", "date", "2026-11-31", "categoryId", SALARY),
                Map.of("amount", "10", "currency", "INR", "date", "2026-11-01", "categoryId", SALARY, "metadata", "x"),
                Map.of("amount", "10", "currency", "INR", "categoryId", SALARY))) {
            Api.Reply refused = api().post("/api/v1/incomes", bad).token(token).send();
            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    @Test
    void wrongJsonTypesAreRefusedNotCoerced() throws Exception {
        assertRefused(with("date", 12345), 400, "date");
        assertRefused(with("date", 1.5), 400, "date");
        assertRefused(with("description", "Weekly\u0000groceries"), 400, "description");
        assertRefused(with("payee", "Fresh\u0000Mart"), 400, null);
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isZero();

        // A JSON number for an amount is documented as accepted.
        Api.Reply numberAmount = api().post("/api/v1/expenses", with("amount", 12.5))
                .token(token)
                .send();
        assertThat(numberAmount.status()).as(numberAmount.toString()).isEqualTo(201);
        assertThat(numberAmount.field("/amount")).isEqualTo("12.50");
    }

    /** A write the client cannot read the answer to is refused before it happens, so a retry duplicates nothing. */
    @Test
    void anUnacceptableResponseTypeIsRefusedBeforeTheWrite() throws Exception {
        Api.Reply xml = api().post("/api/v1/expenses", expense("10", "INR", "2026-11-01"))
                .token(token)
                .header("Accept", "application/xml")
                .send();
        assertThat(xml.status()).as(xml.toString()).isEqualTo(406);
        assertThat(xml.header("Content-Type")).startsWith("application/problem+json");
        assertThat(xml.field("/code")).isEqualTo("not_acceptable");
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isZero();

        Api.Reply listXml = api().get("/api/v1/expenses")
                .token(token)
                .header("Accept", "application/xml")
                .send();
        assertThat(listXml.status()).as(listXml.toString()).isEqualTo(406);

        for (String accept :
                List.of("application/json", "*/*", "application/*", "application/xml;q=0.9, application/json;q=0.5")) {
            Api.Reply created = api().post("/api/v1/expenses", expense("10", "INR", "2026-11-01"))
                    .token(token)
                    .header("Accept", accept)
                    .send();
            assertThat(created.status()).as(accept + " " + created).isEqualTo(201);
        }
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isEqualTo(4);
    }

    /** What is stored can always be read: metadata out of bounds is refused before it is written. */
    @Test
    void metadataOutOfBoundsIsA400NamingItAndWritesNothing() throws Exception {
        String base = Api.json(expense("10", "INR", "2026-11-01"));
        String open = base.substring(0, base.lastIndexOf('}')) + ",\"metadata\":";
        Map<String, Object> deep = Map.of("v", 1);
        for (int level = 1; level < 10; level++) {
            deep = Map.of("n", deep);
        }
        Map<String, Object> manyKeys = new HashMap<>();
        for (int key = 0; key < 1000; key++) {
            manyKeys.put("k" + key, key);
        }
        for (String metadata : List.of(
                "{\"big\":1e1000}",
                "{\"tiny\":1e-1000}",
                "{\"huge\":" + "9".repeat(30) + "}",
                Api.json(deep),
                Api.json(manyKeys),
                Api.json(Map.of("list", Collections.nCopies(1000, 1))),
                Api.json(Map.of("text", "x".repeat(1_000_000))))) {
            Api.Reply reply = api().post("/api/v1/expenses", open + metadata + "}")
                    .token(token)
                    .send();
            assertThat(reply.status())
                    .as(reply.toString()
                            .substring(0, Math.min(300, reply.toString().length())))
                    .isEqualTo(400);
            assertThat(reply.json().at("/errors").findValuesAsString("field")).containsExactly("metadata");
        }
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isZero();

        String id = create(token, "/api/v1/expenses", expense("10", "INR", "2026-11-01"));
        Api.Reply patched = api().patch("/api/v1/expenses/" + id, "{\"metadata\":{\"big\":1e1000}}")
                .token(token)
                .send();
        assertThat(patched.status()).as(patched.toString()).isEqualTo(400);

        String normal = "{\"price\":1.10,\"n\":7,\"tags\":[\"a\",null,true],\"nested\":{\"deep\":{\"x\":\"y\"}}}";
        Api.Reply created =
                api().post("/api/v1/expenses", open + normal + "}").token(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply read = api().get("/api/v1/expenses/" + created.field("/id"))
                .token(token)
                .send();
        assertThat(read.text()).contains("\"price\":1.10");
        assertThat(read.json().at("/metadata"))
                .isEqualTo(
                        tools.jackson.databind.json.JsonMapper.builder().build().readTree(normal));
        assertThat(api().get("/api/v1/expenses").token(token).send().status()).isEqualTo(200);
    }

    /** One accepted date range for the suite, in JSON bodies as in queries. */
    @Test
    void aDateOutsideTheSuitesRangeIsA400NamingIt() throws Exception {
        assertRefused(with("date", "-999999999-01-01"), 400, "date");
        assertRefused(with("date", "0000-01-01"), 400, "date");
        assertRefused(with("date", "+999999999-12-31"), 400, "date");
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isZero();
        for (String query : List.of("from=-999999999-01-01", "to=0000-01-01")) {
            Api.Reply reply =
                    api().get("/api/v1/expenses?" + query).token(token).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.json().at("/errors").findValuesAsString("field"))
                    .containsExactly(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void aViewerReadsButCannotWrite() {
        String viewer = dev.finsuite.common.testsupport.TestTokens.access(tenant, "VIEWER");
        assertThat(api().get("/api/v1/expenses").token(viewer).send().status()).isEqualTo(200);
        assertThat(api().post("/api/v1/expenses", expense("1", "INR", "2026-11-01"))
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(403);
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(expense("10", "INR", "2026-11-01"));
        body.put(field, value);
        return body;
    }

    @Test
    void aDecimalFilterOfHugeScaleIsA400NamingItAnsweredAtOnce() {
        for (String query : List.of("minAmount=1E-300000000", "maxAmount=1E%2B300000000", "minAmount=ten")) {
            Api.Reply reply =
                    api().get("/api/v1/expenses?" + query).token(token).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(api().get("/api/v1/expenses?minAmount=10.50&maxAmount=1E%2B3")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(200);
    }

    private void assertRefused(Map<String, Object> body, int status, String field) {
        Api.Reply reply = api().post("/api/v1/expenses", body).token(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            List<String> fields = new ArrayList<>();
            reply.json()
                    .get("errors")
                    .forEach(error -> fields.add(error.get("field").asString()));
            assertThat(fields).as(reply.toString()).contains(field);
        }
    }
}
