package dev.finsuite.export.tabular;

import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.Format;

/**
 * How a report is answered: JSON (the default, for a frontend), or a file for people: CSV in a dialect, or
 * XLSX. {@code format} is null for JSON.
 */
public record Output(Format format, CsvDialect dialect) {

    public static final Output JSON = new Output(null, null);

    public boolean isJson() {
        return format == null;
    }
}
