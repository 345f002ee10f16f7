package dev.finsuite.export.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * The job resource: what it produces, how far it is ({@code progress} from 0 to 1 as a decimal string, null until
 * the rows are counted), why it failed, and its file ({@code download} once it SUCCEEDED, until {@code expiresAt}).
 * Every field is always present, null where it does not apply yet, so a client polling it sees one shape.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record JobView(
        UUID id,
        JobKind kind,
        String entity,
        String format,
        JobStatus status,
        long rowsWritten,
        Long totalRows,
        String progress,
        String error,
        String fileName,
        String contentType,
        Long sizeBytes,
        String sha256,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant expiresAt,
        String download) {

    static final String PATH = "/api/v1/exports/jobs/";

    static JobView of(ExportJob job) {
        boolean done = job.status() == JobStatus.SUCCEEDED;
        return new JobView(
                job.id(),
                job.kind(),
                job.entity(),
                job.format(),
                job.status(),
                job.rowsWritten(),
                job.totalRows(),
                progress(job),
                job.error(),
                job.fileName(),
                job.contentType(),
                job.sizeBytes(),
                job.sha256(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt(),
                job.expiresAt(),
                done ? PATH + job.id() + "/file" : null);
    }

    private static String progress(ExportJob job) {
        if (job.status() == JobStatus.SUCCEEDED || job.status() == JobStatus.EXPIRED) {
            return "1";
        }
        if (job.totalRows() == null || job.status() == JobStatus.QUEUED) {
            return null;
        }
        if (job.totalRows() == 0) {
            return "0";
        }
        BigDecimal share = BigDecimal.valueOf(job.rowsWritten())
                .divide(BigDecimal.valueOf(job.totalRows()), 4, RoundingMode.DOWN)
                .min(BigDecimal.ONE); // rows added since the count was taken
        return share.stripTrailingZeros().toPlainString();
    }
}
