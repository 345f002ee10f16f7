package dev.finsuite.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.export.read.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The writers on their own: numbers stay numbers (negative ones too), text that looks like a formula does not. */
class WriterTests {

    static final List<Column> COLUMNS = List.of(
            Column.code("id"),
            Column.money("amount", "currency"),
            Column.code("currency"),
            Column.text("note"),
            Column.decimal("quantity"));
    static final MinorUnits UNITS = code -> switch (code) {
        case "JPY" -> 0;
        case "KWD" -> 3;
        default -> 2;
    };

    @Test
    void aNegativeAmountStaysANumberInCsvWhileANegativeLookingTextIsNeutralised() throws IOException {
        String csv = csv(CsvDialect.DATA);
        assertThat(csv)
                .isEqualTo("id,amount,currency,note,quantity\r\n"
                        + "a,-12.50,INR,'-2+3,0.5\r\n"
                        + "b,1234.5678,INR,\"'=1+2,\"\"x\"\"\",-3\r\n"
                        + "c,1500,JPY,'-,\r\n"
                        + "d,1.250,KWD,,1000\r\n");
        String german = csv(CsvDialect.excel(Locale.GERMANY));
        assertThat(german).startsWith("\uFEFFid;amount;currency;note;quantity\r\na;-12,50;INR;'-2+3;0,5\r\n");
        assertThat(csv(CsvDialect.excel(Locale.forLanguageTag("fr-FR")))).contains("a;-12,50;");
        assertThat(csv(CsvDialect.excel(Locale.UK))).contains("a,-12.50,");
    }

    @Test
    void aNegativeAmountStaysANumericCellInXlsxWhileFormulaTextIsAQuotePrefixedString() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExportWriter writer = new XlsxExportWriter(COLUMNS, out, "test", UNITS);
        rows(writer);
        writer.finish();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            Cell amount = sheet.getRow(1).getCell(1);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(-12.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
            assertThat(sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.000");
            Cell note = sheet.getRow(1).getCell(3);
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("-2+3");
            assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.5);
        }
    }

    @Test
    void anAmountADoubleCannotHoldExactlyIsWrittenAsExactText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExportWriter writer = new XlsxExportWriter(COLUMNS, out, "test", UNITS);
        writer.row(new Object[] {"a", new BigDecimal("123456789012345678.12"), "INR", null, null});
        writer.finish();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell amount = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertThat(amount.getCellType()).isEqualTo(CellType.STRING);
            assertThat(amount.getStringCellValue()).isEqualTo("123456789012345678.12");
        }
    }

    @Test
    void theGuardCatchesEveryFormulaStartAndNothingElse() {
        for (String dangerous : List.of("=1", "+1", "-1", "@A1", "\t=1", "\r=1")) {
            assertThat(FormulaGuard.neutralise(dangerous)).isEqualTo("'" + dangerous);
        }
        for (String harmless : List.of("", "1", "a=1", " =1", "'=1", "Müller")) {
            assertThat(FormulaGuard.neutralise(harmless)).isEqualTo(harmless);
        }
    }

    private static String csv(CsvDialect dialect) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExportWriter writer = new CsvExportWriter(COLUMNS, out, dialect, UNITS);
        rows(writer);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void rows(ExportWriter writer) throws IOException {
        writer.row(new Object[] {"a", new BigDecimal("-12.5000"), "INR", "-2+3", new BigDecimal("0.5000000000")});
        writer.row(new Object[] {"b", new BigDecimal("1234.5678"), "INR", "=1+2,\"x\"", new BigDecimal("-3")});
        writer.row(new Object[] {"c", new BigDecimal("1500.0000"), "JPY", "-", null});
        writer.row(new Object[] {"d", new BigDecimal("1.25"), "KWD", null, new BigDecimal("1E+3")});
    }
}
