package dev.finsuite.export.web;

import dev.finsuite.export.format.CsvExportWriter;
import dev.finsuite.export.format.ExportWriter;
import dev.finsuite.export.format.JsonLinesExportWriter;
import dev.finsuite.export.format.MinorUnits;
import dev.finsuite.export.format.XlsxExportWriter;
import dev.finsuite.export.read.ExportedEntity;
import dev.finsuite.export.read.TenantReads;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Writes one export's file to a stream as PostgreSQL streams the rows: the response of a streamed export, or the
 * stored file of an export job. The two share this so a job's file is byte for byte what the GET would write.
 */
public final class ExportFile {

    private ExportFile() {}

    /**
     * Writes the whole file of {@code request} for {@code tenant} to {@code out} (not closed) and returns the rows
     * written; {@code onRow} hears of each row after it is written (a job's progress). A computed entity's rows
     * are given whole in {@code computed} (asked of their service before anything was written); a stored
     * entity's rows stream from PostgreSQL.
     */
    public static long write(
            TenantReads reads,
            UUID tenant,
            ExportRequest request,
            List<Object[]> computed,
            OutputStream out,
            MinorUnits minorUnits,
            Runnable onRow)
            throws IOException {
        ExportWriter writer = switch (request.format()) {
            case CSV -> new CsvExportWriter(request.entity().columns(), out, request.dialect(), minorUnits);
            case XLSX ->
                new XlsxExportWriter(
                        request.entity().columns(), out, request.entity().name(), minorUnits);
            case JSONL -> new JsonLinesExportWriter(request.entity().columns(), out, minorUnits);
        };
        long rows;
        boolean finished = false;
        try {
            if (request.entity() instanceof ExportedEntity stored) {
                rows = reads.stream(tenant, stored, request.criteria(), values -> {
                    try {
                        writer.row(values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    onRow.run();
                });
            } else {
                for (Object[] values : computed) {
                    writer.row(values);
                    onRow.run();
                }
                rows = computed.size();
            }
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
