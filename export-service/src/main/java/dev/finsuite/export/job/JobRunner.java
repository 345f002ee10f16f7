package dev.finsuite.export.job;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.ApiException;
import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.export.backup.BackupWriter;
import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.Format;
import dev.finsuite.export.read.CurrencyTable;
import dev.finsuite.export.read.ExportedEntity;
import dev.finsuite.export.read.TenantReads;
import dev.finsuite.export.report.ScheduledReports;
import dev.finsuite.export.tabular.FileParameters;
import dev.finsuite.export.tabular.Table;
import dev.finsuite.export.tabular.TableFile;
import dev.finsuite.export.web.ExportCatalog;
import dev.finsuite.export.web.ExportFile;
import dev.finsuite.export.web.ExportRequest;
import dev.finsuite.export.web.ExportsRun;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Runs one claimed job to its end as its tenant: writes its file through the same code as the streamed export,
 * backup or report, into the job's chunks, and ends it SUCCEEDED (with the file's size, hash and expiry) or FAILED (with a
 * short error). A job deleted or taken over meanwhile just stops.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final ExportJobs jobs;
    private final TenantReads reads;
    private final BackupWriter backups;
    private final ExportJobProperties properties;
    private final ExportCatalog catalog;
    private final ScheduledReports reports;
    private final ExportsRun exportsRun;

    JobRunner(
            ExportJobs jobs,
            TenantReads reads,
            BackupWriter backups,
            ExportJobProperties properties,
            ExportCatalog catalog,
            ScheduledReports reports,
            ExportsRun exportsRun) {
        this.exportsRun = exportsRun;
        this.catalog = catalog;
        this.reports = reports;
        this.jobs = jobs;
        this.reads = reads;
        this.backups = backups;
        this.properties = properties;
    }

    void run(RunningJob running) {
        ExportJobs.Claim claim = running.claim;
        try (TenantContext.Scope ignored = TenantContext.enter(claim.tenant())) {
            try {
                ExportJob job = jobs.find(claim.tenant(), claim.id()).orElseThrow(JobCancelled::new);
                JobFile file = new JobFile(
                        jobs, running, (int) properties.jobs().chunkSize().toBytes());
                long rows = switch (job.kind()) {
                    case EXPORT -> export(job, running, file);
                    case BACKUP -> backup(job, running, file);
                    case REPORT -> report(job, running, file);
                };
                file.close();
                if (jobs.succeed(claim, rows, file.size(), file.sha256(), properties.jobTtl())) {
                    log.info(
                            "Export job {} ({} {}) succeeded: {} rows, {} bytes",
                            job.id(),
                            job.kind(),
                            job.entity() == null ? "" : job.entity(),
                            rows,
                            file.size());
                    exportsRun.jobDone(job.kind().name(), job.format(), job.entity());
                }
            } catch (Exception e) {
                if (JobCancelled.causedBy(e) || running.stopped()) {
                    // deleted, taken over, or this replica is stopping (which gives the job back to the queue)
                    log.info("Export job {} stopped: it was deleted or taken over", claim.id());
                    return;
                }
                String error = error(e);
                log.warn("Export job {} failed: {}", claim.id(), error, e instanceof ApiException ? null : e);
                jobs.fail(claim, running.rows(), error);
            }
        }
    }

    private long export(ExportJob job, RunningJob running, JobFile file) throws IOException {
        CurrencyTable currencies = reads.currencies(job.tenantId());
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        job.parameters().forEach(query::add);
        ExportRequest request = ExportRequest.parse(job.entity(), query, currencies, catalog);
        if (!(request.entity() instanceof ExportedEntity stored)) {
            throw new UnsupportedJob("Computed exports are not produced as jobs");
        }
        long total = reads.count(job.tenantId(), stored, request.criteria());
        if (!jobs.counted(running.claim, total)) {
            throw new JobCancelled();
        }
        return ExportFile.write(
                reads, job.tenantId(), request, List.of(), file, currencies::minorUnitsOf, running::rowWritten);
    }

    private long backup(ExportJob job, RunningJob running, JobFile file) throws IOException {
        if (!jobs.counted(running.claim, backups.countRows(job.tenantId()))) {
            throw new JobCancelled();
        }
        BackupWriter.Summary summary = backups.write(job.tenantId(), file, running::rowWritten);
        return summary.rows().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A scheduled report: its table for the job's period, made by the report's own code for the job's tenant (an
     * upstream report asks its service with a reader's token for the tenant, see UpstreamCalls), written by the
     * table writer the report endpoints use.
     */
    private long report(ExportJob job, RunningJob running, JobFile file) throws IOException {
        Map<String, String> parameters = job.parameters();
        Format format = Format.named(job.format())
                .filter(f -> f != Format.JSONL)
                .orElseThrow(() -> new UnsupportedJob("A report's file is csv or xlsx, not " + job.format()));
        List<FieldError> errors = new ArrayList<>();
        CsvDialect dialect =
                FileParameters.dialect(format, parameters.get("dialect"), parameters.get("locale"), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Table table = reports.table(
                job.tenantId(),
                job.entity(),
                LocalDate.parse(parameters.get("from")),
                LocalDate.parse(parameters.get("to")));
        if (!jobs.counted(running.claim, table.rows().size())) {
            throw new JobCancelled();
        }
        // a report is small: written at once, its rows counted when the job succeeds
        return TableFile.write(table, format, dialect, reads.currencies(job.tenantId())::minorUnitsOf, file);
    }

    /** What the job resource says went wrong: the problem's own words for bad stored input, nothing internal else. */
    private static String error(Exception e) {
        if (e instanceof ApiException.ValidationException invalid) {
            return "The export's parameters are not valid: "
                    + invalid.fieldErrors().stream()
                            .map(field -> field.field() + " " + field.message())
                            .collect(Collectors.joining("; "));
        }
        if (e instanceof ApiException || e instanceof UnsupportedJob) {
            return e.getMessage();
        }
        return "The file could not be written (" + e.getClass().getSimpleName() + "); start the job again";
    }

    private static final class UnsupportedJob extends RuntimeException {
        UnsupportedJob(String message) {
            super(message);
        }
    }
}
