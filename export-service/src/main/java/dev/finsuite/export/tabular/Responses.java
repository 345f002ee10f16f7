package dev.finsuite.export.tabular;

import dev.finsuite.export.format.MinorUnits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report's answer: its JSON body, or its table written by {@link TableFile}. A report is at most a few thousand rows, so the file is made in memory and sent with its length.
 */
public final class Responses {

    private Responses() {}

    /**
     * @param report   the JSON answer and its base currency
     * @param toTable  the same answer as one sheet, called only when a file is asked for
     * @param filename the attachment's name without extension
     */
    public static <T> ResponseEntity<?> of(
            Output output, Reported<T> report, Function<T, Table> toTable, String filename) {
        CacheControl noStore = CacheControl.noStore();
        if (output.isJson()) {
            return ResponseEntity.ok()
                    .cacheControl(noStore)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(report.body());
        }
        Table table = toTable.apply(report.body());
        // every amount of a report is in the base currency
        MinorUnits minorUnits = currency -> report.base().minorUnits();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableFile.write(table, output.format(), output.dialect(), minorUnits, out);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail; POI's temporary files might
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .cacheControl(noStore)
                .contentType(MediaType.parseMediaType(output.format().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename + "." + output.format().extension())
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
