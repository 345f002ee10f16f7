package dev.finsuite.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.export.ExportTest;
import dev.finsuite.export.Household;
import dev.finsuite.export.read.ExportedEntities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant B attacks tenant A: both keep a row in every exported table; every entity in every format gives
 * each of them exactly their own rows (and the system categories), never one of the other's.
 */
class ExportIsolationTests extends ExportTest {

    Household a;
    Household b;

    @BeforeEach
    void households() throws SQLException {
        a = Household.seed(newTenant());
        b = Household.seed(newTenant());
    }

    @Test
    void everyEntityInEveryFormatHoldsOnlyTheCallersRows() throws IOException {
        for (String entity : ExportedEntities.names()) {
            for (String format : List.of("csv", "xlsx", "jsonl", "csv&dialect=excel&locale=de-DE")) {
                List<String> aIds =
                        ids(download("/api/v1/exports/" + entity + "?format=" + format, viewer(a.tenant)), format);
                List<String> bIds =
                        ids(download("/api/v1/exports/" + entity + "?format=" + format, viewer(b.tenant)), format);
                String what = entity + " as " + format;
                assertThat(aIds).as(what).isNotEmpty().doesNotContainAnyElementsOf(strings(b.ids));
                assertThat(bIds).as(what).isNotEmpty().doesNotContainAnyElementsOf(strings(a.ids));
                if (!entity.equals("categories")) {
                    assertThat(strings(a.ids)).as(what).containsAll(aIds);
                    assertThat(strings(b.ids)).as(what).containsAll(bIds);
                }
            }
        }
    }

    @Test
    void filtersNamingTheOtherTenantsIdsFindNothing() {
        String token = viewer(b.tenant);
        assertThat(rows("/api/v1/exports/investment-activities?accountId=" + a.account, token))
                .isEmpty();
        assertThat(rows("/api/v1/exports/expenses?categoryId=" + a.category, token))
                .isEmpty();
    }

    private List<Map<String, String>> rows(String path, String token) {
        HttpResponse<byte[]> response = download(path, token);
        assertThat(response.statusCode()).isEqualTo(200);
        return records(csv(response.body(), ','));
    }

    private List<String> ids(HttpResponse<byte[]> response, String format) throws IOException {
        assertThat(response.statusCode()).as(format + " " + text(response)).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        switch (format.substring(0, format.indexOf('&') < 0 ? format.length() : format.indexOf('&'))) {
            case "csv" -> {
                boolean excel = format.contains("excel");
                byte[] body = excel
                        ? java.util.Arrays.copyOfRange(response.body(), 3, response.body().length)
                        : response.body();
                records(csv(body, excel ? ';' : ',')).forEach(r -> ids.add(r.get("id")));
            }
            case "jsonl" ->
                text(response).lines().forEach(line -> ids.add(line.replaceFirst("^\\{\"id\":\"([^\"]+)\".*$", "$1")));
            default -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                    for (Row row : workbook.getSheetAt(0)) {
                        Cell cell = row.getCell(0);
                        if (row.getRowNum() > 0
                                && cell != null
                                && cell.getCellType() == CellType.STRING
                                && !cell.getStringCellValue().startsWith("Total")) {
                            ids.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return ids;
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
