package dev.finsuite.export.format;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import dev.finsuite.export.read.Column;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** CSV through opencsv, in a {@link CsvDialect}: RFC 4180 quoting (doubled quotes), CRLF line ends. */
public final class CsvExportWriter implements ExportWriter {

    private static final DateTimeFormatter SPREADSHEET_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final List<Column> columns;
    private final int[] currencyIndex;
    private final CsvDialect dialect;
    private final MinorUnits minorUnits;
    private final Writer out;
    private final ICSVWriter csv;

    public CsvExportWriter(List<Column> columns, OutputStream stream, CsvDialect dialect, MinorUnits minorUnits)
            throws IOException {
        this.columns = columns;
        this.currencyIndex = Columns.currencyIndexes(columns);
        this.dialect = dialect;
        this.minorUnits = minorUnits;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (dialect.byteOrderMark()) {
            out.write('\uFEFF');
        }
        this.csv = new CSVWriterBuilder(out)
                .withSeparator(dialect.separator())
                .withQuoteChar(ICSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withEscapeChar(ICSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withLineEnd(ICSVWriter.RFC4180_LINE_END)
                .build();
        csv.writeNext(columns.stream().map(Column::name).toArray(String[]::new), false);
    }

    @Override
    public void row(Object[] values) throws IOException {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(i, values);
        }
        csv.writeNext(cells, false);
    }

    private String cell(int index, Object[] values) {
        Object value = values[index];
        if (value == null) {
            return "";
        }
        return switch (columns.get(index).type()) {
            case TEXT -> FormulaGuard.neutralise((String) value);
            case CODE -> (String) value;
            case MONEY ->
                dialect.decimal(Amounts.money((BigDecimal) value, minorUnits.of((String) values[currencyIndex[index]]))
                        .toPlainString());
            case DECIMAL -> dialect.decimal(Amounts.decimal((BigDecimal) value).toPlainString());
            case INTEGER, BOOLEAN, DATE -> value.toString();
            case INSTANT -> dialect.isoInstants() ? value.toString() : SPREADSHEET_INSTANT.format((Instant) value);
            case TEXT_LIST -> FormulaGuard.neutralise(Columns.joined(value));
        };
    }

    @Override
    public void finish() throws IOException {
        csv.flush();
        out.flush();
    }
}
