package dev.finsuite.export.format;

import dev.finsuite.export.read.Column;
import dev.finsuite.export.read.ColumnType;
import java.util.List;

/** Helpers the writers share. */
final class Columns {

    private Columns() {}

    /** For each money column, the index of the column with its currency; -1 elsewhere. */
    static int[] currencyIndexes(List<Column> columns) {
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < indexes.length; i++) {
            Column column = columns.get(i);
            indexes[i] = -1;
            if (column.type() == ColumnType.MONEY) {
                for (int j = 0; j < indexes.length; j++) {
                    if (columns.get(j).name().equals(column.currencyColumn())) {
                        indexes[i] = j;
                    }
                }
                if (indexes[i] < 0) {
                    throw new IllegalStateException("Money column " + column.name() + " names no currency column");
                }
            }
        }
        return indexes;
    }

    /** A list of tags as one cell: the tags separated by ", ". */
    static String joined(Object list) {
        return String.join(", ", ((List<?>) list).stream().map(String::valueOf).toList());
    }
}
