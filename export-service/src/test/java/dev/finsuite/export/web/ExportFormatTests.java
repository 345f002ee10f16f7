package dev.finsuite.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.export.ExportTest;
import dev.finsuite.export.Household;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format and dialect, read back by a real parser (opencsv, POI's XSSFWorkbook, Jackson) and compared
 * with the rows seeded in PostgreSQL; formula-injection payloads come back neutralised.
 */
class ExportFormatTests extends ExportTest {

    static final List<String> PAYLOADS =
            List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tTab first", "\rCR first");
    static final String PLAIN = "Weekly \"big\" shop, Müller; aisle 3";

    UUID tenant;
    String token;
    /** The expenses as seeded: id → {date, amount as the export writes it, currency, description}. */
    final Map<UUID, String[]> seeded = new LinkedHashMap<>();

    @BeforeEach
    void seed() throws SQLException {
        tenant = newTenant();
        token = viewer(tenant);
        Household household = Household.seed(tenant);
        seeded.put(household.ids.get(1), new String[] {"2026-03-01", "45.00", "INR", "Organic veg"});
        expense(household, "2026-01-05", "1234.5", "1234.50", "INR", PLAIN, "food", "weekly");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            expense(household, "2026-01-0" + (6 + i / 3), "12.5", "12.50", "INR", PAYLOADS.get(i));
        }
        expense(household, "2026-02-01", "99.99", "99.99", "EUR", "Paris");
        expense(household, "2026-02-02", "1500", "1500", "JPY", "Tokyo");
    }

    private void expense(
            Household household,
            String date,
            String amount,
            String shown,
            String currency,
            String description,
            String... tags)
            throws SQLException {
        UUID id = household.expense(
                LocalDate.parse(date), amount, currency, Household.GROCERIES, description, null, tags);
        seeded.put(id, new String[] {date, shown, currency, description});
    }

    @Test
    void csvDataDialectIsRfc4180Utf8WithoutBomAndMatchesTheStoredRows() {
        HttpResponse<byte[]> response = download("/api/v1/exports/expenses?format=csv", token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("filename=\"finsuite-expenses-")
                .contains(".csv\"");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).isNotEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(text(response)).doesNotStartWith("sep=").contains("\r\n");

        List<Map<String, String>> rows = records(csv(body, ','));
        assertThat(rows).hasSize(seeded.size());
        for (Map<String, String> row : rows) {
            String[] expected = seeded.get(UUID.fromString(row.get("id")));
            assertThat(expected).as(row.toString()).isNotNull();
            assertThat(row.get("date")).isEqualTo(expected[0]);
            assertThat(row.get("amount")).isEqualTo(expected[1]);
            assertThat(row.get("currency")).isEqualTo(expected[2]);
            assertThat(row.get("description")).isEqualTo(neutralised(expected[3]));
            assertThat(row.get("category")).isIn("Groceries", "Organic");
        }
        Map<String, String> plain = rows.stream()
                .filter(r -> r.get("description").equals(PLAIN))
                .findFirst()
                .orElseThrow();
        assertThat(plain.get("tags")).isEqualTo("food, weekly");
        assertThat(plain.get("createdAt")).endsWith("Z");
        assertThat(rows).extracting(r -> r.get("date")).isSorted();
    }

    @Test
    void csvNeutralisesEveryFormulaPayloadWithALeadingApostrophe() {
        List<Map<String, String>> rows =
                records(csv(download("/api/v1/exports/expenses", token).body(), ','));
        List<String> descriptions = rows.stream().map(r -> r.get("description")).toList();
        for (String payload : PAYLOADS) {
            assertThat(descriptions).contains("'" + payload);
        }
        assertThat(descriptions)
                .noneMatch(d -> d.startsWith("=")
                        || d.startsWith("+")
                        || d.startsWith("-")
                        || d.startsWith("@")
                        || d.startsWith("\t")
                        || d.startsWith("\r"));
        // the counterparty of the household's expense is a DDE payload, too
        assertThat(rows).extracting(r -> r.get("counterparty")).contains("'=cmd|' /C calc'!A0");
    }

    @Test
    void csvExcelDialectForGermanHasBomSemicolonsAndDecimalCommas() {
        HttpResponse<byte[]> response =
                download("/api/v1/exports/expenses?format=csv&dialect=excel&locale=de-DE", token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("id;date;amount;currency;").doesNotContain("sep=");
        List<Map<String, String>> rows = records(csv(Arrays.copyOfRange(body, 3, body.length), ';'));
        assertThat(rows).hasSize(seeded.size());
        Map<String, String> big = rows.stream()
                .filter(r -> r.get("description").equals(PLAIN))
                .findFirst()
                .orElseThrow();
        assertThat(big.get("amount")).isEqualTo("1234,50");
        assertThat(big.get("date")).isEqualTo("2026-01-05");
        assertThat(big.get("createdAt")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(rows).extracting(r -> r.get("description")).contains("'-2+3", "'=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void csvExcelDialectForAmericanEnglishKeepsCommasAndDotDecimals() {
        byte[] body = download("/api/v1/exports/expenses?dialect=excel&locale=en-US", token)
                .body();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<Map<String, String>> rows = records(csv(Arrays.copyOfRange(body, 3, body.length), ','));
        assertThat(rows).extracting(r -> r.get("amount")).contains("1234.50", "99.99", "1500");
    }

    @Test
    void xlsxHasTypedCellsFrozenFilteredHeaderPrintTitlesAndTotalsPerCurrency() throws IOException {
        HttpResponse<byte[]> response = download("/api/v1/exports/expenses?format=xlsx", token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(".xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("expenses");
            Map<String, Integer> column = header(sheet.getRow(0));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo(new CellRangeAddress(0, seeded.size(), 0, column.size() - 1).formatAsString());
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(sheet.getColumnWidth(column.get("description")))
                    .isGreaterThan(sheet.getColumnWidth(column.get("currency")));

            Map<String, Double> totals = new HashMap<>();
            for (int r = 1; r <= seeded.size(); r++) {
                Row row = sheet.getRow(r);
                String[] expected =
                        seeded.get(UUID.fromString(row.getCell(column.get("id")).getStringCellValue()));
                Cell date = row.getCell(column.get("date"));
                assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse(expected[0]));
                Cell amount = row.getCell(column.get("amount"));
                assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(amount.getNumericCellValue()).isEqualTo(Double.parseDouble(expected[1]));
                String currency = row.getCell(column.get("currency")).getStringCellValue();
                assertThat(currency).isEqualTo(expected[2]);
                assertThat(amount.getCellStyle().getDataFormatString())
                        .isEqualTo(currency.equals("JPY") ? "#,##0" : "#,##0.00");
                totals.merge(currency, amount.getNumericCellValue(), Double::sum);
                Cell description = row.getCell(column.get("description"));
                assertThat(description.getCellType()).isEqualTo(CellType.STRING);
                assertThat(description.getStringCellValue()).isEqualTo(expected[3]);
                assertThat(description.getCellStyle().getQuotePrefixed()).isEqualTo(PAYLOADS.contains(expected[3]));
                assertThat(row.getCell(column.get("createdAt")).getCellType()).isEqualTo(CellType.NUMERIC);
            }

            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Map<String, Double> evaluated = new HashMap<>();
            for (int r = seeded.size() + 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String label = row.getCell(0).getStringCellValue();
                Cell total = row.getCell(column.get("amount"));
                assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(total.getCellFormula()).startsWith("SUMIF(");
                evaluated.put(
                        label.substring("Total ".length()),
                        evaluator.evaluate(total).getNumberValue());
            }
            assertThat(evaluated).containsOnlyKeys("EUR", "INR", "JPY");
            totals.forEach((currency, sum) ->
                    assertThat(evaluated.get(currency)).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9)));
        }
    }

    @Test
    void xlsxOfOneCurrencyHasASingleSumRow() throws IOException {
        byte[] body = download("/api/v1/exports/expenses?format=xlsx&currency=INR", token)
                .body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> column = header(sheet.getRow(0));
            int rows = (int)
                    seeded.values().stream().filter(s -> s[2].equals("INR")).count();
            Row totals = sheet.getRow(rows + 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows + 2);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            Cell total = totals.getCell(column.get("amount"));
            assertThat(total.getCellFormula()).isEqualTo("SUM(C2:C" + (rows + 1) + ")");
            double expected = seeded.values().stream()
                    .filter(s -> s[2].equals("INR"))
                    .mapToDouble(s -> Double.parseDouble(s[1]))
                    .sum();
            assertThat(workbook.getCreationHelper()
                            .createFormulaEvaluator()
                            .evaluate(total)
                            .getNumberValue())
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void jsonLinesHoldOneObjectPerRowWithMoneyAsDecimalStrings() {
        HttpResponse<byte[]> response = download("/api/v1/exports/expenses?format=jsonl", token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(".jsonl\"");
        String text = text(response);
        assertThat(text).endsWith("\n");
        assertThat(text).doesNotContain("\n ").doesNotStartWith(" ");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(seeded.size());
        JsonMapper json = JsonMapper.builder().build();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            String[] expected = seeded.get(UUID.fromString(row.get("id").asString()));
            assertThat(row.get("date").asString()).isEqualTo(expected[0]);
            assertThat(row.get("amount").isString()).isTrue();
            assertThat(row.get("amount").asString()).isEqualTo(expected[1]);
            assertThat(row.get("currency").asString()).isEqualTo(expected[2]);
            assertThat(row.get("description").asString()).isEqualTo(expected[3]);
            assertThat(row.get("tags").isArray()).isTrue();
            row.get("tags").forEach(tag -> tags.add(tag.asString()));
        }
        assertThat(tags).contains("food", "weekly", "farm");
    }

    @Test
    void filtersNarrowTheRows() {
        assertThat(csvRows("/api/v1/exports/expenses?from=2026-01-06&to=2026-01-07"))
                .hasSize(PAYLOADS.size());
        assertThat(csvRows("/api/v1/exports/expenses?tag=weekly"))
                .extracting(r -> r.get("description"))
                .containsExactly(PLAIN);
        assertThat(csvRows("/api/v1/exports/expenses?currency=eur"))
                .extracting(r -> r.get("amount"))
                .containsExactly("99.99");
        // Food & Dining takes in Groceries and its child Organic; Rent (Housing) takes in nothing here
        assertThat(csvRows("/api/v1/exports/expenses?categoryId=" + Household.FOOD))
                .hasSize(seeded.size());
        assertThat(csvRows("/api/v1/exports/expenses?categoryId=" + Household.GROCERIES))
                .hasSize(seeded.size());
        assertThat(csvRows("/api/v1/exports/expenses?categoryId=" + Household.RENT))
                .isEmpty();
        assertThat(csvRows("/api/v1/exports/investment-activities")).hasSize(2);
    }

    @Test
    void accountFilterKeepsOneAccountsActivities() throws SQLException {
        UUID other = newTenant();
        Household household = Household.seed(other);
        List<Map<String, String>> rows = records(csv(
                download("/api/v1/exports/investment-activities?accountId=" + household.account, viewer(other))
                        .body(),
                ','));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("accountId")).isEqualTo(household.account.toString());
        assertThat(rows.get(0).get("fee")).isEqualTo("1.50");
        assertThat(rows.get(0).get("unitPrice")).isEqualTo("150.25");
        assertThat(rows.get(0).get("quantity")).isEqualTo("10");
    }

    @Test
    void aUnitAMigrationAddsWhileTheServiceRunsIsExportedWithItsOwnMinorUnits() throws SQLException, IOException {
        String code =
                "X" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 7);
        sql(
                "insert into currencies (code, name, minor_units, symbol, iso) values (?, 'Test coin', 8, 'T', false)",
                code);
        Household household = Household.seed(newTenant());
        household.expense(LocalDate.parse("2026-04-01"), "0.0001", code, Household.GROCERIES, "coin", null);
        String token = viewer(household.tenant);
        List<Map<String, String>> rows = records(csv(
                download("/api/v1/exports/expenses?currency=" + code.toLowerCase(java.util.Locale.ROOT), token)
                        .body(),
                ','));
        assertThat(rows).extracting(r -> r.get("amount")).containsExactly("0.00010000");
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(download("/api/v1/exports/expenses?format=xlsx&currency=" + code, token)
                        .body()))) {
            Cell amount = workbook.getSheetAt(0).getRow(1).getCell(2);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00000000");
            assertThat(amount.getNumericCellValue()).isEqualTo(0.0001);
        }
    }

    private List<Map<String, String>> csvRows(String path) {
        HttpResponse<byte[]> response = download(path, token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return records(csv(response.body(), ','));
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : row) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    private static String neutralised(String text) {
        return PAYLOADS.contains(text) ? "'" + text : text;
    }
}
