package dev.finsuite.export.web;

import dev.finsuite.export.format.Format;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Counts files produced ({@code finsuite_exports_run_total}) by {@code kind} (export, backup, report), {@code mode}
 * (stream: answered at once; job: made in the background), {@code format} and {@code entity}. Every tag value comes
 * from a fixed set the request was validated against (the export catalog, report names, formats), never a tenant.
 * Streamed exports are registered up front, so the series exist before the first export.
 */
@Component
public class ExportsRun {

    private static final String NAME = "finsuite.exports.run";
    private final MeterRegistry meters;

    ExportsRun(MeterRegistry meters, ExportCatalog catalog) {
        this.meters = meters;
        for (String entity : catalog.names()) {
            for (Format format : Format.values()) {
                counter("export", "stream", format.extension(), entity);
            }
        }
    }

    public void streamed(String entity, Format format) {
        counter("export", "stream", format.extension(), entity).increment();
    }

    /** A background job's file, once the job succeeded. */
    public void jobDone(String kind, String format, String entity) {
        counter(
                        kind.toLowerCase(Locale.ROOT),
                        "job",
                        format == null ? "none" : format.toLowerCase(Locale.ROOT),
                        entity == null ? "all" : entity)
                .increment();
    }

    private Counter counter(String kind, String mode, String format, String entity) {
        return Counter.builder(NAME)
                .description("Export, backup and report files produced")
                .tag("kind", kind)
                .tag("mode", mode)
                .tag("format", format)
                .tag("entity", entity)
                .register(meters);
    }
}
