package dev.finsuite.export.tabular;

import dev.finsuite.export.read.Column;
import java.util.List;

/**
 * A report flattened for a spreadsheet: one sheet's columns and rows, the values typed as the export
 * writers take them (String, BigDecimal, Long, LocalDate). Reports are bounded, so the rows fit in memory.
 */
public record Table(String name, List<Column> columns, List<Object[]> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
