package dev.finsuite.export.format;

import java.io.IOException;

/** Writes one export: the header when created, each row as it is read, and whatever closes the file. */
public interface ExportWriter {

    void row(Object[] values) throws IOException;

    /** Ends the file (totals, trailing structure) and flushes it; the response stream stays open. */
    void finish() throws IOException;

    /** Releases what an unfinished export holds (temporary files) when the read or the client failed. */
    default void abandon() {}
}
