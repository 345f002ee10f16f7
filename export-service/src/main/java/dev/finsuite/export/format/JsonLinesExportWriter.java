package dev.finsuite.export.format;

import dev.finsuite.export.read.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines: one object per row and line, keys as the header names, money and other decimals as decimal
 * strings (exact, as the suite's APIs write them), dates and instants ISO-8601, absent values null.
 */
public final class JsonLinesExportWriter implements ExportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Column> columns;
    private final int[] currencyIndex;
    private final MinorUnits minorUnits;
    private final OutputStream out;
    private final JsonGenerator json;

    public JsonLinesExportWriter(List<Column> columns, OutputStream out, MinorUnits minorUnits) {
        this.columns = columns;
        this.currencyIndex = Columns.currencyIndexes(columns);
        this.minorUnits = minorUnits;
        this.out = out;
        // no separator between root values: each object ends its own line instead
        this.json = JSON.writer().withRootValueSeparator((String) null).createGenerator(out);
    }

    @Override
    public void row(Object[] values) {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            json.writeName(column.name());
            Object value = values[i];
            if (value == null) {
                json.writeNull();
                continue;
            }
            switch (column.type()) {
                case TEXT, CODE -> json.writeString((String) value);
                case MONEY ->
                    json.writeString(Amounts.money((BigDecimal) value, minorUnits.of((String) values[currencyIndex[i]]))
                            .toPlainString());
                case DECIMAL ->
                    json.writeString(Amounts.decimal((BigDecimal) value).toPlainString());
                case INTEGER -> json.writeNumber((Long) value);
                case BOOLEAN -> json.writeBoolean((Boolean) value);
                case DATE, INSTANT -> json.writeString(value.toString());
                case TEXT_LIST -> {
                    json.writeStartArray();
                    for (Object item : (List<?>) value) {
                        json.writeString(String.valueOf(item));
                    }
                    json.writeEndArray();
                }
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.flush();
        out.flush();
    }
}
