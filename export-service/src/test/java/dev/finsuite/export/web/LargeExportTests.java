package dev.finsuite.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.export.ExportTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * More rows than one fetch (1000) or one SXSSF window (100): every row arrives, in order, in every format.
 * (Throughput and a flat heap at a million rows belong to the benchmark, not to this test.)
 */
class LargeExportTests extends ExportTest {

    static final int ROWS = 25_000;

    @Test
    void everyRowOfAManyBatchExportArrivesInEveryFormat() throws SQLException, IOException {
        UUID tenant = newTenant();
        sql("""
                insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description, base_currency)
                select gen_random_uuid(), ?, 'EXPENSE', (n % 1000) + 0.25, 'INR', date '2025-01-01' + (n % 365),
                       '00000000-0000-4000-8000-000000000102', 'row ' || n, 'INR'
                  from generate_series(1, ?) n""", tenant, ROWS);
        String token = viewer(tenant);

        HttpResponse<byte[]> csv = download("/api/v1/exports/expenses", token);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Length")).isEmpty(); // streamed (chunked), not buffered
        var rows = records(csv(csv.body(), ','));
        assertThat(rows).hasSize(ROWS);
        assertThat(rows).extracting(r -> r.get("date")).isSorted();

        assertThat(text(download("/api/v1/exports/expenses?format=jsonl", token))
                        .lines()
                        .count())
                .isEqualTo(ROWS);

        long spoolFiles = sxssfTemporaryFiles();
        HttpResponse<byte[]> xlsx = download("/api/v1/exports/expenses?format=xlsx", token);
        assertThat(sxssfTemporaryFiles())
                .as("SXSSF temporary files are deleted")
                .isEqualTo(spoolFiles);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(ROWS).getCell(0)).isNotNull();
            assertThat(sheet.getRow(ROWS + 2).getCell(2).getCellFormula()).isEqualTo("SUM(C2:C" + (ROWS + 1) + ")");
        }
    }

    /** POI spools SXSSF sheets to poi-sxssf-sheet*.xml.gz in java.io.tmpdir/poifiles. */
    private static long sxssfTemporaryFiles() throws IOException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet"))
                    .count();
        }
    }
}
