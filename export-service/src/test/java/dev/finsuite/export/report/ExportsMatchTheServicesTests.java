package dev.finsuite.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.RequestBodies;
import dev.finsuite.export.Household;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What finance-, emi- and investment-service answer through their own APIs is what export-service's files say:
 * rows made through the services' APIs, read back from CSV (opencsv) and XLSX (POI) and compared field by field
 * with the services' own lists.
 */
class ExportsMatchTheServicesTests extends UpstreamTest {

    @Test
    void expensesInCsvAndXlsxAreWhatFinanceServiceLists() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        created(
                finance(),
                "/api/v1/expenses",
                token,
                map(
                        "amount",
                        "1234.50",
                        "currency",
                        "INR",
                        "date",
                        "2026-03-01",
                        "categoryId",
                        Household.GROCERIES.toString(),
                        "description",
                        "=SUM(A1) weekly shop",
                        "tags",
                        List.of("home", "food")));
        created(
                finance(),
                "/api/v1/expenses",
                token,
                map(
                        "amount",
                        "99",
                        "currency",
                        "INR",
                        "date",
                        "2026-03-02",
                        "categoryId",
                        Household.GROCERIES.toString(),
                        "counterparty",
                        "Müller; \"Bio\""));
        JsonNode listed = finance()
                .get("/api/v1/expenses?size=50")
                .token(token)
                .send()
                .json()
                .get("items");
        assertThat(listed.size()).isEqualTo(2);

        Map<String, Map<String, String>> csv =
                byId(records(csv(file("/api/v1/exports/expenses?format=csv", token), ',')));
        Map<String, Map<String, String>> xlsx =
                byId(sheet(file("/api/v1/exports/expenses?format=xlsx", token), "expenses"));
        for (JsonNode expense : listed) {
            String id = expense.get("id").asString();
            for (Map<String, String> row : List.of(csv.get(id), xlsx.get(id))) {
                assertThat(row).as(id).isNotNull();
                assertThat(row.get("date")).isEqualTo(expense.get("date").asString());
                assertThat(new BigDecimal(row.get("amount")))
                        .isEqualByComparingTo(expense.get("amount").asString());
                assertThat(row.get("currency"))
                        .isEqualTo(expense.get("currency").asString());
                assertThat(row.get("categoryId"))
                        .isEqualTo(expense.get("categoryId").asString());
                assertThat(row.get("counterparty")).isEqualTo(text(expense, "counterparty"));
                List<String> tags = new java.util.ArrayList<>();
                expense.get("tags").forEach(tag -> tags.add(tag.asString()));
                assertThat(row.get("tags")).isEqualTo(String.join(", ", tags));
            }
            // the formula guard changes the CSV cell only by a leading quote; XLSX keeps the text as a string cell
            String description = text(expense, "description");
            assertThat(csv.get(id).get("description")).isIn(description, "'" + description);
            assertThat(xlsx.get(id).get("description")).isEqualTo(description);
        }
    }

    @Test
    void loanPaymentsAndInvestmentActivitiesAreWhatTheirServicesList() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String loan = created(
                emi(),
                "/api/v1/emis",
                token,
                map(
                        "name",
                        "Scooter",
                        "loanType",
                        "PERSONAL",
                        "principal",
                        "120000",
                        "currency",
                        "INR",
                        "annualRate",
                        "12",
                        "tenureMonths",
                        12,
                        "disbursalDate",
                        "2025-12-01",
                        "firstEmiDate",
                        "2026-01-05"));
        String emi = emi().get("/api/v1/emis/" + loan + "/schedule")
                .token(token)
                .send()
                .field("/instalments/0/emi");
        created(emi(), "/api/v1/emis/" + loan + "/payments", token, map("amount", emi, "paidOn", "2026-01-05"));
        String account = created(
                investments(),
                "/api/v1/investments/accounts",
                token,
                map("name", "Broker", "currency", "INR", "costBasisMethod", "FIFO"));
        String asset = created(
                investments(),
                "/api/v1/investments/assets",
                token,
                map(
                        "symbol",
                        "GOLD" + UUID.randomUUID().toString().substring(0, 4),
                        "dataSource",
                        "MANUAL",
                        "name",
                        "Gold coins",
                        "assetClass",
                        "COMMODITY",
                        "currency",
                        "INR"));
        created(
                investments(),
                "/api/v1/investments/activities",
                token,
                withFee(RequestBodies.activity(account, asset, "BUY", "2026-01-10", "10.5", "100.25"), "12.40"));

        JsonNode payment = emi().get("/api/v1/emis/" + loan + "/payments")
                .token(token)
                .send()
                .json()
                .at("/items/0");
        Map<String, String> exported = records(csv(file("/api/v1/exports/loan-payments?format=csv", token), ','))
                .get(0);
        assertThat(exported.get("id")).isEqualTo(payment.get("id").asString());
        assertThat(exported.get("loanId")).isEqualTo(loan);
        assertThat(new BigDecimal(exported.get("amount")))
                .isEqualByComparingTo(payment.get("amount").asString());
        assertThat(exported.get("paidOn")).isEqualTo(payment.get("paidOn").asString());

        JsonNode activity = investments()
                .get("/api/v1/investments/activities")
                .token(token)
                .send()
                .json()
                .at("/items/0");
        Map<String, String> row = sheet(
                        file("/api/v1/exports/investment-activities?format=xlsx", token), "investment-activities")
                .get(0);
        assertThat(row.get("id")).isEqualTo(activity.get("id").asString());
        assertThat(row.get("type")).isEqualTo(activity.get("type").asString());
        assertThat(new BigDecimal(row.get("quantity")))
                .isEqualByComparingTo(activity.get("quantity").asString());
        assertThat(new BigDecimal(row.get("unitPrice")))
                .isEqualByComparingTo(activity.get("unitPrice").asString());
        assertThat(new BigDecimal(row.get("fee")))
                .isEqualByComparingTo(activity.get("fee").asString());
    }

    private byte[] file(String path, String token) {
        HttpResponse<byte[]> response = download(path, token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return response.body();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.get("id"), row));
        return byId;
    }

    /** A sheet's data rows (up to the first empty row, before the totals) as maps from header to cell text. */
    private static List<Map<String, String>> sheet(byte[] xlsx, String name) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet(name);
            Row header = sheet.getRow(0);
            List<Map<String, String>> rows = new java.util.ArrayList<>();
            for (int r = 1; sheet.getRow(r) != null; r++) {
                Map<String, String> values = new HashMap<>();
                for (Cell cell : header) {
                    Cell value = sheet.getRow(r).getCell(cell.getColumnIndex());
                    values.put(
                            cell.getStringCellValue(),
                            value == null
                                    ? ""
                                    : switch (value.getCellType()) {
                                        case NUMERIC ->
                                            org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(value)
                                                    ? value.getLocalDateTimeCellValue()
                                                            .toLocalDate()
                                                            .toString()
                                                    : BigDecimal.valueOf(value.getNumericCellValue())
                                                            .toPlainString();
                                        case BOOLEAN -> String.valueOf(value.getBooleanCellValue());
                                        default -> value.getStringCellValue();
                                    });
                }
                rows.add(values);
            }
            return rows;
        }
    }
}
