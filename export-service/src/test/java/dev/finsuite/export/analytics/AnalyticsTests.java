package dev.finsuite.export.analytics;

import static dev.finsuite.common.testsupport.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.export.Books;
import dev.finsuite.export.ExportTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A household with a year of history before March 2026, every figure checkable by hand:
 * <ul>
 * <li>Fuel (Shell) and Utilities (Power Co), 2025-03 to 2026-02: 100 110 90 100 105 95 100 110 90 100 105 95
 *     (mean 100, population variance 500/12, stddev 6.4550, threshold 112.9100); in March Fuel 150 (unusual),
 *     Utilities 110 (normal).</li>
 * <li>Groceries (FreshMart): 300 in 2025-06, 600 in February, 400 + 500 in March (the second spelt "  freshmart ").</li>
 * <li>Shopping: Netflix by a monthly rule, 649 in January, February and March; a 20 USD Amazon expense in February
 *     still pending conversion.</li>
 * <li>Insurance (InsureCo) by a yearly rule: 12000 in February. Health: Gym 1500 every month from 2025-03
 *     (constant: equal to its threshold, so not unusual). Restaurants: Cafe 200 in March, nothing before.</li>
 * </ul>
 * Expenses January to March 2026: 12000 + 4500 + 1947 + 1500 + 350 + 310 + 200 = 20807.
 */
class AnalyticsTests extends ExportTest {

    static final List<String> HISTORY =
            List.of("100", "110", "90", "100", "105", "95", "100", "110", "90", "100", "105", "95");

    UUID tenant;
    String token;
    UUID netflix;
    UUID insurance;

    @BeforeEach
    void seed() throws SQLException {
        tenant = newTenant();
        token = viewer(tenant);
        Books books = Books.of(tenant);
        for (int i = 0; i < HISTORY.size(); i++) {
            String day = java.time.YearMonth.of(2025, 3).plusMonths(i) + "-08";
            books.expense(day, HISTORY.get(i), Books.FUEL, "Shell");
            books.expense(day, HISTORY.get(i), Books.UTILITIES, "Power Co");
            books.expense(day, "1500", Books.HEALTH, "Gym");
        }
        books.expense("2026-03-08", "150", Books.FUEL, "Shell");
        books.expense("2026-03-08", "110", Books.UTILITIES, "Power Co");
        books.expense("2026-03-08", "1500", Books.HEALTH, "Gym");
        books.expense("2025-06-10", "300", Books.GROCERIES, "FreshMart");
        books.expense("2026-02-10", "600", Books.GROCERIES, "FreshMart");
        books.expense("2026-03-10", "400", Books.GROCERIES, "FreshMart");
        books.expense("2026-03-11", "500", Books.GROCERIES, "  freshmart ");
        netflix = books.rule("MONTHLY", 1, "649", Books.SHOPPING, "Netflix", "Netflix");
        for (String month : List.of("01", "02", "03")) {
            books.ruleExpense(netflix, "2026-" + month + "-05", "649", Books.SHOPPING, "Netflix");
        }
        books.pendingExpense("2026-02-20", "20", "USD", Books.SHOPPING, "Amazon");
        insurance = books.rule("YEARLY", 1, "12000", Books.INSURANCE, "Health cover", "InsureCo");
        books.ruleExpense(insurance, "2026-02-15", "12000", Books.INSURANCE, "InsureCo");
        books.expense("2026-03-09", "200", Books.RESTAURANTS, "Cafe");

        Books other = Books.of(newTenant());
        UUID theirs = other.rule("MONTHLY", 1, "5", Books.SHOPPING, "Theirs", "Netflix");
        other.ruleExpense(theirs, "2026-03-05", "99999", Books.SHOPPING, "Netflix");
        other.expense("2026-03-01", "99999", Books.GROCERIES, "FreshMart");
        other.expense("2025-09-01", "99999", Books.FUEL, "Shell");
        other.pendingExpense("2026-03-02", "5", "EUR", Books.FUEL, "Shell");
    }

    @Test
    void spendingTrendsCompareEachCategoryWithLastMonthAndItsTwelveMonthAverage() {
        Api.Reply reply = api().get("/api/v1/analytics/spending-trends?month=2026-03")
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode trends = reply.json();
        assertThat(trends.get("previousMonth").asString()).isEqualTo("2026-02");
        assertThat(trends.get("historyFrom").asString()).isEqualTo("2025-03");
        assertThat(trends.get("historyTo").asString()).isEqualTo("2026-02");
        assertThat(trends.get("categories").valueStream().map(t -> t.get("name").asString()))
                .containsExactly("Health", "Groceries", "Shopping", "Restaurants", "Fuel", "Utilities", "Insurance");
        assertThat(trend(trends, "Fuel")).containsExactly("150.00", "95.00", "55.00", "57.89", "100.0000", "50.0000");
        assertThat(trend(trends, "Groceries"))
                .containsExactly("900.00", "600.00", "300.00", "50.00", "75.0000", "825.0000");
        assertThat(trend(trends, "Insurance"))
                .containsExactly("0.00", "12000.00", "-12000.00", "-100.00", "1000.0000", "-1000.0000");
        // nothing last month: no percentage to give
        assertThat(trend(trends, "Restaurants"))
                .containsExactly("200.00", "0.00", "200.00", null, "0.0000", "200.0000");
        assertThat(category(trends, "Shopping").get("pendingConversions").asLong())
                .isEqualTo(1);
        assertThat(category(trends, "Groceries").get("parent").asString()).isEqualTo("Food & Dining");
        assertThat(trends.get("pendingConversions").asLong()).isEqualTo(1);
    }

    @Test
    void unusualMonthsFlagSpendingAboveMeanPlusTwoStandardDeviationsWithTheNumbersBehindIt() {
        Api.Reply reply = api().get("/api/v1/analytics/unusual-months?month=2026-03")
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode unusual = reply.json();
        assertThat(unusual.get("categoriesChecked").asInt()).isEqualTo(7);
        // most unusual first; Utilities (110 < 112.91), Health (1500 = its threshold) and Insurance are normal
        assertThat(unusual.get("categories")
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .containsExactly("Groceries", "Restaurants", "Shopping", "Fuel");
        JsonNode fuel = category(unusual, "Fuel");
        assertThat(fields(fuel, "actual", "mean", "stddev", "threshold", "excess"))
                .containsExactly("150.00", "100.0000", "6.4550", "112.9100", "37.0900");
        assertThat(fuel.get("history")
                        .valueStream()
                        .map(m -> m.get("amount").asString())
                        .toList())
                .containsExactly(
                        "100.00", "110.00", "90.00", "100.00", "105.00", "95.00", "100.00", "110.00", "90.00", "100.00",
                        "105.00", "95.00");
        assertThat(fuel.get("history").get(0).get("month").asString()).isEqualTo("2025-03");
        assertThat(fields(category(unusual, "Shopping"), "mean", "stddev", "threshold", "excess"))
                .containsExactly("108.1667", "241.8680", "591.9027", "57.0973");
        // no spending in the 12 months before: any spending is above a threshold of 0
        assertThat(fields(category(unusual, "Restaurants"), "mean", "stddev", "threshold", "excess"))
                .containsExactly("0.0000", "0.0000", "0.0000", "200.0000");
    }

    @Test
    void aMonthInLineWithItsHistoryIsNotUnusual() {
        JsonNode february = api().get("/api/v1/analytics/unusual-months?month=2026-02")
                .token(token)
                .send()
                .json();
        assertThat(february.get("categories")
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .doesNotContain("Fuel", "Utilities", "Health");
    }

    @Test
    void topPayeesAreOrderedByTotalWithTheirShareOfAllExpenses() {
        Api.Reply reply = api().get("/api/v1/analytics/top-payees?from=2026-01&to=2026-03&limit=100")
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode top = reply.json();
        assertThat(top.get("expenses").asString()).isEqualTo("20807.00");
        assertThat(top.get("payees")
                        .valueStream()
                        .map(p -> fields(p, "counterparty", "payments", "total", "share"))
                        .toList())
                .containsExactly(
                        List.of("InsureCo", "1", "12000.00", "57.67"),
                        List.of("Gym", "3", "4500.00", "21.63"),
                        List.of("Netflix", "3", "1947.00", "9.36"),
                        List.of("FreshMart", "3", "1500.00", "7.21"),
                        List.of("Shell", "3", "350.00", "1.68"),
                        List.of("Power Co", "3", "310.00", "1.49"),
                        List.of("Cafe", "1", "200.00", "0.96"),
                        List.of("Amazon", "0", "0.00", "0.00"));
        assertThat(top.get("payees").get(7).get("pendingConversions").asLong()).isEqualTo(1);
        assertThat(top.get("pendingConversions").asLong()).isEqualTo(1);

        JsonNode two = api().get("/api/v1/analytics/top-payees?from=2026-01&to=2026-03&limit=2")
                .token(token)
                .send()
                .json();
        assertThat(two.get("payees")
                        .valueStream()
                        .map(p -> p.get("counterparty").asString()))
                .containsExactly("InsureCo", "Gym");
        JsonNode byDefault = api().get("/api/v1/analytics/top-payees?from=2026-01&to=2026-03")
                .token(token)
                .send()
                .json();
        assertThat(byDefault.get("payees").size()).isEqualTo(8);
    }

    @Test
    void recurringSpendGivesEachRuleItsMonthlyEquivalentAndFindsSimilarPaymentsWithoutARule() {
        Api.Reply reply = api().get("/api/v1/analytics/recurring-spend?from=2026-01&to=2026-03")
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode spend = reply.json();
        assertThat(spend.get("months").asInt()).isEqualTo(3);
        assertThat(spend.get("rules")
                        .valueStream()
                        .map(r -> fields(
                                r,
                                "ruleId",
                                "category",
                                "frequency",
                                "amount",
                                "monthlyEquivalent",
                                "occurrences",
                                "total",
                                "monthlyAverage"))
                        .toList())
                .containsExactly(
                        List.of(
                                insurance.toString(),
                                "Insurance",
                                "YEARLY",
                                "12000.00",
                                "1000.00",
                                "1",
                                "12000.00",
                                "4000.00"),
                        List.of(
                                netflix.toString(),
                                "Shopping",
                                "MONTHLY",
                                "649.00",
                                "649.00",
                                "3",
                                "1947.00",
                                "649.00"));
        assertThat(spend.get("rulesTotal").asString()).isEqualTo("13947.00");
        // Gym: 1500 in each of three months. Not Shell (95 to 150), Power Co (95 to 110 is more than 10%),
        // FreshMart (two months only), nor the rules' payees.
        assertThat(spend.get("similarPayments")
                        .valueStream()
                        .map(s -> fields(
                                s,
                                "counterparty",
                                "months",
                                "payments",
                                "total",
                                "smallest",
                                "largest",
                                "averagePayment"))
                        .toList())
                .containsExactly(List.of("Gym", "3", "3", "4500.00", "1500.00", "1500.00", "1500.00"));
    }

    @Test
    void analyticsAreWrittenAsCsvAndXlsxToo() throws IOException {
        HttpResponse<byte[]> csv =
                download("/api/v1/analytics/top-payees?from=2026-01&to=2026-03&format=csv&limit=3", token);
        assertThat(csv.statusCode()).as(text(csv)).isEqualTo(200);
        assertThat(records(csv(csv.body(), ',')))
                .extracting(r ->
                        r.get("counterparty") + " " + r.get("total") + " " + r.get("share") + " " + r.get("currency"))
                .containsExactly("InsureCo 12000.00 57.67 INR", "Gym 4500.00 21.63 INR", "Netflix 1947.00 9.36 INR");

        HttpResponse<byte[]> xlsx = download("/api/v1/analytics/unusual-months?month=2026-03&format=xlsx", token);
        assertThat(xlsx.statusCode()).as(text(xlsx)).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("finsuite-unusual-months-2026-03.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheet("unusual-months");
            Row fuel = sheet.getRow(4);
            assertThat(fuel.getCell(1).getStringCellValue()).isEqualTo("Fuel");
            assertThat(fuel.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fuel.getCell(4).getNumericCellValue()).isEqualTo(150.0);
            assertThat(fuel.getCell(6).getNumericCellValue()).isEqualTo(6.455);
            assertThat(fuel.getCell(7).getNumericCellValue()).isEqualTo(112.91);
        }

        HttpResponse<byte[]> trends = download(
                "/api/v1/analytics/spending-trends?month=2026-03&format=csv&dialect=excel" + "&locale=de-DE", token);
        byte[] body = trends.body();
        List<Map<String, String>> rows = records(csv(Arrays.copyOfRange(body, 3, body.length), ';'));
        Map<String, String> fuelTrend = rows.stream()
                .filter(r -> r.get("category").equals("Fuel"))
                .findFirst()
                .orElseThrow();
        assertThat(fuelTrend.get("changePercent")).isEqualTo("57,89");
        assertThat(fuelTrend.get("average12")).isEqualTo("100,00");

        HttpResponse<byte[]> recurring =
                download("/api/v1/analytics/recurring-spend?from=2026-01&to=2026-03&format=csv", token);
        assertThat(records(csv(recurring.body(), ',')))
                .extracting(r -> r.get("description") + " " + r.get("monthlyEquivalent") + " " + r.get("total"))
                .containsExactly("Health cover 1000 12000.00", "Netflix 649 1947.00");
    }

    @Test
    void anotherTenantsSpendingIsNeverCounted() throws SQLException {
        Books lonely = Books.of(newTenant());
        lonely.expense("2026-03-01", "10", Books.FUEL, "Shell");
        String theirs = viewer(lonely.tenant);
        JsonNode top = api().get("/api/v1/analytics/top-payees?from=2026-01&to=2026-03")
                .token(theirs)
                .send()
                .json();
        assertThat(top.get("payees")
                        .valueStream()
                        .map(p -> fields(p, "counterparty", "total"))
                        .toList())
                .containsExactly(List.of("Shell", "10.00"));
        assertThat(top.get("pendingConversions").asLong()).isZero();
        JsonNode recurring = api().get("/api/v1/analytics/recurring-spend?from=2026-01&to=2026-03")
                .token(theirs)
                .send()
                .json();
        assertThat(recurring.get("rules").size()).isZero();
        JsonNode trends = api().get("/api/v1/analytics/spending-trends?month=2026-03")
                .token(theirs)
                .send()
                .json();
        assertThat(trend(trends, "Fuel")).containsExactly("10.00", "0.00", "10.00", null, "0.0000", "10.0000");
        assertThat(trends.get("categories").size()).isEqualTo(1);
        // the seeded household's own numbers above hold while the other tenant's 99999s sit in the same months
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "spending-trends? | month",
                "spending-trends?month=March | month",
                "spending-trends?month=2026-3 | month",
                "unusual-months?month=2026-00 | month",
                "unusual-months?month=2026-03&from=2026-01 | from",
                "top-payees?from=2026-01&to=2026-03&limit=0 | limit",
                "top-payees?from=2026-01&to=2026-03&limit=101 | limit",
                "top-payees?from=2026-01&to=2026-03&limit=ten | limit",
                "top-payees?from=2026-04&to=2026-03 | to",
                "recurring-spend?from=2026-01 | to",
                "recurring-spend?from=2000-01&to=2026-03 | to",
                "recurring-spend?from=2026-01&to=2026-03&format=csv&locale=de-DE | locale",
            })
    void aBadMonthRangeOrLimitIsAValidationProblemNamingTheField(String pathAndQuery, String field) {
        assertValidationProblem(
                api().get("/api/v1/analytics/" + pathAndQuery).token(token).send(), field);
    }

    @Test
    void analyticsAreReadsSoWritingIsNotAllowed() {
        Api.Reply reply = api().post("/api/v1/analytics/top-payees?from=2026-01&to=2026-03", "{}")
                .token(dev.finsuite.common.testsupport.TestTokens.access(tenant, "OWNER"))
                .send();
        assertThat(reply.status()).isIn(405, 404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void openApiDescribesEveryReportAndAnalysisWithAnExample() {
        JsonNode docs = api().get("/v3/api-docs").send().json();
        for (String path : List.of(
                "/api/v1/reports/income-statement",
                "/api/v1/reports/cash-flow",
                "/api/v1/analytics/spending-trends",
                "/api/v1/analytics/top-payees",
                "/api/v1/analytics/recurring-spend",
                "/api/v1/analytics/unusual-months")) {
            JsonNode get = docs.get("paths").get(path).get("get");
            assertThat(get.get("description").asString()).as(path).isNotBlank();
            String schema = get.get("responses")
                    .get("200")
                    .get("content")
                    .get("application/json")
                    .get("schema")
                    .get("$ref")
                    .asString();
            JsonNode component =
                    docs.get("components").get("schemas").get(schema.substring(schema.lastIndexOf('/') + 1));
            assertThat(component.get("example")).as(path).isNotNull();
            assertThat(component.get("description").asString()).as(path).contains("base currency");
        }
    }

    private static JsonNode category(JsonNode answer, String name) {
        return answer.get("categories")
                .valueStream()
                .filter(c -> c.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " in " + answer));
    }

    private static List<String> trend(JsonNode trends, String name) {
        return fields(
                category(trends, name),
                "thisMonth",
                "lastMonth",
                "change",
                "changePercent",
                "average12",
                "differenceToAverage");
    }

    /** The fields' text, null for an absent one. */
    private static List<String> fields(JsonNode node, String... names) {
        return Arrays.stream(names)
                .map(n -> node.has(n) ? node.get(n).asString() : null)
                .toList();
    }
}
