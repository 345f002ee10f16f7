package dev.finsuite.export.report;

import java.util.List;

import dev.finsuite.export.read.Column;

/** One table of a report, for the CSV and XLSX writers: columns, and rows typed as an export's rows are. */
public record ReportTable(String name, List<Column> columns, List<Object[]> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
