package dev.finsuite.export.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import dev.finsuite.export.format.CsvExportWriter;
import dev.finsuite.export.format.ExportWriter;
import dev.finsuite.export.format.JsonLinesExportWriter;
import dev.finsuite.export.format.MinorUnits;
import dev.finsuite.export.format.XlsxExportWriter;
import dev.finsuite.export.read.TenantReads;

/**
 * Writes one export's file to a stream as PostgreSQL streams the rows: the response of a streamed export, or the
 * stored file of an export job. The two share this so a job's file is byte for byte what the GET would write.
 */
public final class ExportFile {

    private ExportFile() {
    }

    /**
     * Writes the whole file of {@code request} for {@code tenant} to {@code out} (not closed) and returns the rows
     * written; {@code onRow} hears of each row after it is written (a job's progress).
     */
    public static long write(TenantReads reads, UUID tenant, ExportRequest request, OutputStream out,
            MinorUnits minorUnits, Runnable onRow) throws IOException {
        ExportWriter writer = switch (request.format()) {
            case CSV -> new CsvExportWriter(request.entity().columns(), out, request.dialect(), minorUnits);
            case XLSX -> new XlsxExportWriter(request.entity().columns(), out, request.entity().name(), minorUnits);
            case JSONL -> new JsonLinesExportWriter(request.entity().columns(), out, minorUnits);
        };
        long rows;
        boolean finished = false;
        try {
            rows = reads.stream(tenant, request.entity(), request.criteria(), values -> {
                try {
                    writer.row(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                onRow.run();
            });
            writer.finish();
            finished = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!finished) {
                writer.abandon();
            }
        }
        return rows;
    }
}
