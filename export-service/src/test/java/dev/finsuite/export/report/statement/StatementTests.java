package dev.finsuite.export.report.statement;

import static dev.finsuite.common.testsupport.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.export.Books;
import dev.finsuite.export.ExportTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The income statement and the cash flow of a household whose figures a user can add up by hand:
 * <pre>
 *            income    groceries  organic  rent      (pending)  expenses   net        cumulative
 * 2026-01    90000     1500.00    -        25000                26500.00   63500.00   63500.00
 * 2026-02    90000     2000.00    300.25   25000     1 (USD)    27300.25   62699.75   126199.75
 * 2026-03    95000     1200.00    -        25000                26200.00   68800.00   194999.75
 * </pre>
 * Groceries in January are two expenses (1000.50 + 499.50); an expense on 2025-12-31 and one on 2026-04-01 lie
 * outside the range; another tenant spends 99999 on groceries every month of it.
 */
class StatementTests extends ExportTest {

    UUID tenant;
    String token;
    UUID organic;

    @BeforeEach
    void seed() throws SQLException {
        tenant = newTenant();
        token = viewer(tenant);
        Books books = Books.of(tenant);
        organic = books.subCategory(Books.GROCERIES, "Organic");
        UUID rent = books.rule("MONTHLY", 1, "25000", Books.RENT, "Rent", "Landlord");
        books.income("2026-01-01", "90000", Books.SALARY);
        books.income("2026-02-01", "90000", Books.SALARY);
        books.income("2026-03-01", "95000", Books.SALARY);
        books.expense("2026-01-05", "1000.50", Books.GROCERIES, "FreshMart");
        books.expense("2026-01-20", "499.50", Books.GROCERIES, "FreshMart");
        books.expense("2026-02-10", "2000", Books.GROCERIES, "FreshMart");
        books.expense("2026-03-03", "1200", Books.GROCERIES, "FreshMart");
        books.expense("2026-02-14", "300.25", organic, "Farm");
        for (String month : List.of("01", "02", "03")) {
            books.ruleExpense(rent, "2026-" + month + "-01", "25000", Books.RENT, "Landlord");
        }
        books.pendingExpense("2026-02-20", "50", "USD", Books.RESTAURANTS, "Diner");
        books.expense("2025-12-31", "777", Books.GROCERIES, "FreshMart");
        books.expense("2026-04-01", "888", Books.GROCERIES, "FreshMart");

        Books other = Books.of(newTenant());
        for (String month : List.of("01", "02", "03")) {
            other.expense("2026-" + month + "-10", "99999", Books.GROCERIES, "FreshMart");
            other.income("2026-" + month + "-11", "11111", Books.SALARY);
            other.pendingExpense("2026-" + month + "-12", "5", "EUR", Books.GROCERIES, "Cafe");
        }
    }

    @Test
    void cashFlowGivesEachMonthsIncomeExpensesNetAndRunningNetInTheBaseCurrency() {
        Api.Reply reply = api().get("/api/v1/reports/cash-flow?from=2026-01&to=2026-03")
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode flow = reply.json();
        assertThat(flow.get("baseCurrency").asString()).isEqualTo("INR");
        assertThat(rows(
                        flow.get("months"),
                        "month",
                        "income",
                        "expenses",
                        "net",
                        "cumulativeNet",
                        "pendingConversions"))
                .containsExactly(
                        List.of("2026-01", "90000.00", "26500.00", "63500.00", "63500.00", "0"),
                        List.of("2026-02", "90000.00", "27300.25", "62699.75", "126199.75", "1"),
                        List.of("2026-03", "95000.00", "26200.00", "68800.00", "194999.75", "0"));
        assertThat(flow.get("income").asString()).isEqualTo("275000.00");
        assertThat(flow.get("expenses").asString()).isEqualTo("80000.25");
        assertThat(flow.get("net").asString()).isEqualTo("194999.75");
        assertThat(flow.get("pendingConversions").asLong()).isEqualTo(1);
    }

    @Test
    void aMonthWithoutMoneyIsListedAsZero() {
        JsonNode flow = api().get("/api/v1/reports/cash-flow?from=2026-05&to=2026-05")
                .token(token)
                .send()
                .json();
        assertThat(rows(
                        flow.get("months"),
                        "month",
                        "income",
                        "expenses",
                        "net",
                        "cumulativeNet",
                        "pendingConversions"))
                .containsExactly(List.of("2026-05", "0.00", "0.00", "0.00", "0.00", "0"));
    }

    @Test
    void incomeStatementHasALinePerCategoryWithItsParentSubtotalsNetAndThePendingCount() {
        Api.Reply reply = api().get("/api/v1/reports/income-statement?from=2026-01&to=2026-03")
                .token(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode statement = reply.json();
        assertThat(statement.get("months").toString()).isEqualTo("[\"2026-01\",\"2026-02\",\"2026-03\"]");
        assertThat(statement.get("baseCurrency").asString()).isEqualTo("INR");

        JsonNode income = statement.get("income");
        assertThat(lines(income))
                .containsExactly(List.of("Salary", "", "90000.00", "90000.00", "95000.00", "275000.00"));
        assertThat(income.get("total").asString()).isEqualTo("275000.00");

        JsonNode expenses = statement.get("expenses");
        // grouped under the top-level category: Food & Dining's children, then Groceries' child, then Housing's
        assertThat(lines(expenses))
                .containsExactly(
                        List.of("Groceries", "Food & Dining", "1500.00", "2000.00", "1200.00", "4700.00"),
                        List.of("Restaurants", "Food & Dining", "0.00", "0.00", "0.00", "0.00"),
                        List.of("Organic", "Groceries", "0.00", "300.25", "0.00", "300.25"),
                        List.of("Rent", "Housing", "25000.00", "25000.00", "25000.00", "75000.00"));
        JsonNode groceries = expenses.get("categories").get(0);
        assertThat(groceries.get("entries").asLong()).isEqualTo(4);
        assertThat(groceries.get("parentId").asString()).isEqualTo(Books.FOOD.toString());
        assertThat(expenses.get("categories").get(1).get("pendingConversions").asLong())
                .isEqualTo(1);
        assertThat(expenses.get("categories").get(2).get("categoryId").asString())
                .isEqualTo(organic.toString());
        assertThat(amounts(expenses.get("subtotals"))).containsExactly("26500.00", "27300.25", "26200.00");
        assertThat(expenses.get("total").asString()).isEqualTo("80000.25");
        assertThat(expenses.get("pendingConversions").asLong()).isEqualTo(1);

        assertThat(amounts(statement.get("net"))).containsExactly("63500.00", "62699.75", "68800.00");
        assertThat(statement.get("netTotal").asString()).isEqualTo("194999.75");
        assertThat(statement.get("pendingConversions").asLong()).isEqualTo(1);
    }

    @Test
    void aClientAskingForCsvByItsAcceptHeaderGetsTheCsv() {
        Api.Reply csv = api().get("/api/v1/reports/cash-flow?from=2026-01&to=2026-03&format=csv")
                .token(token)
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("month,");
    }

    @Test
    void incomeStatementCsvHasAColumnPerMonthWithExpensesNegativeSoColumnsAddUpToTheNet() {
        HttpResponse<byte[]> response =
                download("/api/v1/reports/income-statement?from=2026-01&to=2026-03&format=csv", token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("finsuite-income-statement-2026-01-2026-03.csv");
        List<String[]> csv = csv(response.body(), ',');
        assertThat(csv.get(0))
                .containsExactly(
                        "section",
                        "categoryId",
                        "category",
                        "parentId",
                        "parent",
                        "2026-01",
                        "2026-02",
                        "2026-03",
                        "total",
                        "currency",
                        "pendingConversions");
        List<Map<String, String>> rows = records(csv);
        assertThat(rows)
                .extracting(r -> r.get("section") + " " + r.get("category") + " " + r.get("2026-02"))
                .containsExactly(
                        "INCOME Salary 90000.00",
                        "EXPENSE Groceries -2000.00",
                        "EXPENSE Restaurants 0.00",
                        "EXPENSE Organic -300.25",
                        "EXPENSE Rent -25000.00");
        assertThat(rows.get(2).get("pendingConversions")).isEqualTo("1");
        assertThat(rows).allMatch(r -> r.get("currency").equals("INR"));
        assertThat(rows.stream()
                        .map(r -> new java.math.BigDecimal(r.get("2026-02")))
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("62699.75");
    }

    @Test
    void incomeStatementXlsxTotalsRowIsTheNetOfEachMonth() throws IOException {
        HttpResponse<byte[]> response =
                download("/api/v1/reports/income-statement?from=2026-01&to=2026-03&format=xlsx", token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheet("income-statement");
            Map<String, Integer> column = header(sheet.getRow(0));
            Cell rent = sheet.getRow(5).getCell(column.get("2026-01"));
            assertThat(sheet.getRow(5).getCell(column.get("category")).getStringCellValue())
                    .isEqualTo("Rent");
            assertThat(rent.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rent.getNumericCellValue()).isEqualTo(-25000.0);
            assertThat(rent.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(totals.getCell(column.get("2026-01"))).getNumberValue())
                    .isCloseTo(63500.0, within(1e-9));
            assertThat(evaluator.evaluate(totals.getCell(column.get("2026-02"))).getNumberValue())
                    .isCloseTo(62699.75, within(1e-9));
            assertThat(evaluator.evaluate(totals.getCell(column.get("total"))).getNumberValue())
                    .isCloseTo(194999.75, within(1e-9));
        }
    }

    @Test
    void cashFlowCsvInTheGermanExcelDialectHasDecimalCommas() {
        HttpResponse<byte[]> response = download(
                "/api/v1/reports/cash-flow?from=2026-01&to=2026-03&format=csv&dialect=excel" + "&locale=de-DE", token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<Map<String, String>> rows = records(csv(Arrays.copyOfRange(body, 3, body.length), ';'));
        assertThat(rows)
                .extracting(r -> r.get("month") + " " + r.get("net") + " " + r.get("cumulativeNet"))
                .containsExactly(
                        "2026-01 63500,00 63500,00", "2026-02 62699,75 126199,75", "2026-03 68800,00 194999,75");
    }

    @Test
    void anotherTenantSeesOnlyItsOwnMoney() throws SQLException {
        Books other = Books.of(newTenant());
        other.expense("2026-02-01", "10", Books.GROCERIES, "Corner shop");
        JsonNode flow = api().get("/api/v1/reports/cash-flow?from=2026-01&to=2026-03")
                .token(viewer(other.tenant))
                .send()
                .json();
        assertThat(flow.get("expenses").asString()).isEqualTo("10.00");
        assertThat(flow.get("income").asString()).isEqualTo("0.00");
        assertThat(flow.get("pendingConversions").asLong()).isZero();
        JsonNode statement = api().get("/api/v1/reports/income-statement?from=2026-01&to=2026-03")
                .token(viewer(other.tenant))
                .send()
                .json();
        assertThat(lines(statement.get("expenses")))
                .containsExactly(List.of("Groceries", "Food & Dining", "0.00", "10.00", "0.00", "10.00"));
        assertThat(statement.get("expenses").toString()).doesNotContain(organic.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "income-statement? | from",
                "income-statement?from=2026-01 | to",
                "income-statement?from=2026-13&to=2026-12 | from",
                "income-statement?from=2026-1&to=2026-02 | from",
                "income-statement?from=2026-03&to=2026-01 | to",
                "income-statement?from=2016-01&to=2026-01 | to",
                "income-statement?from=2026-01&to=2026-02&format=pdf | format",
                "income-statement?from=2026-01&to=2026-02&format=jsonl | format",
                "income-statement?from=2026-01&to=2026-02&format=xlsx&dialect=excel | dialect",
                "income-statement?from=2026-01&to=2026-02&format=csv&dialect=excel&locale=xx-QQ | locale",
                "income-statement?from=2026-01&to=2026-02&tenantId=00000000-0000-4000-8000-000000000001 | tenantId",
                "cash-flow?from=2026-01&to=2026-02&from=2026-01 | from",
                "cash-flow?from=0000-01&to=2026-02 | from",
            })
    void aBadRangeOrParameterIsAValidationProblemNamingTheField(String pathAndQuery, String field) {
        assertValidationProblem(
                api().get("/api/v1/reports/" + pathAndQuery).token(token).send(), field);
    }

    @Test
    void tenYearsIsTheLongestRange() {
        assertThat(api().get("/api/v1/reports/cash-flow?from=2017-01&to=2026-12")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/reports/cash-flow?from=2016-12&to=2026-12")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void withoutATokenItIsUnauthorised() {
        Api.Reply reply =
                api().get("/api/v1/reports/cash-flow?from=2026-01&to=2026-03").send();
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    private static List<List<String>> rows(JsonNode array, String... fields) {
        return array.valueStream()
                .map(node ->
                        Arrays.stream(fields).map(f -> node.get(f).asString()).toList())
                .toList();
    }

    /** Each category line: name, parent (or ""), the month amounts, the total. */
    private static List<List<String>> lines(JsonNode section) {
        return section.get("categories")
                .valueStream()
                .map(line -> {
                    List<String> values = new java.util.ArrayList<>(List.of(
                            line.get("name").asString(),
                            line.has("parent") ? line.get("parent").asString() : ""));
                    values.addAll(amounts(line.get("months")));
                    values.add(line.get("total").asString());
                    return values;
                })
                .toList();
    }

    private static List<String> amounts(JsonNode monthAmounts) {
        return monthAmounts.valueStream().map(m -> m.get("amount").asString()).toList();
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : row) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }
}
