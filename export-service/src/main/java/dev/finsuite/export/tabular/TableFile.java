package dev.finsuite.export.tabular;

import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.CsvExportWriter;
import dev.finsuite.export.format.ExportWriter;
import dev.finsuite.export.format.Format;
import dev.finsuite.export.format.MinorUnits;
import dev.finsuite.export.format.XlsxExportWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one place a report's table becomes a file: through the export writers, so a report's CSV and XLSX read
 * exactly like an export's (dialects, formula guard, typed cells, frozen header, totals row). The report
 * endpoints, the analyses and the scheduled-report jobs all write through it.
 */
public final class TableFile {

    private TableFile() {}

    /**
     * Writes {@code table} to {@code out} (left open) as CSV in {@code dialect} or as XLSX (one sheet named
     * after the table); returns the rows written.
     */
    public static long write(Table table, Format format, CsvDialect dialect, MinorUnits minorUnits, OutputStream out)
            throws IOException {
        ExportWriter writer = switch (format) {
            case XLSX -> new XlsxExportWriter(table.columns(), out, table.name(), minorUnits);
            case CSV -> new CsvExportWriter(table.columns(), out, dialect, minorUnits);
            case JSONL -> throw new IllegalArgumentException("A report's file is csv or xlsx");
        };
        boolean finished = false;
        try {
            for (Object[] row : table.rows()) {
                writer.row(row);
            }
            writer.finish();
            finished = true;
            return table.rows().size();
        } finally {
            if (!finished) {
                // POI's temporary files go, whatever failed
                writer.abandon();
            }
        }
    }
}
