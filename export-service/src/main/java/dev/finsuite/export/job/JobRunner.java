package dev.finsuite.export.job;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.ApiException;
import dev.finsuite.export.backup.BackupWriter;
import dev.finsuite.export.read.CurrencyTable;
import dev.finsuite.export.read.TenantReads;
import dev.finsuite.export.read.ExportedEntity;
import dev.finsuite.export.web.ExportCatalog;
import dev.finsuite.export.web.ExportFile;
import dev.finsuite.export.web.ExportRequest;

/**
 * Runs one claimed job to its end as its tenant: writes its file through the same code as the streamed export or
 * backup, into the job's chunks, and ends it SUCCEEDED (with the file's size, hash and expiry) or FAILED (with a
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

    JobRunner(ExportJobs jobs, TenantReads reads, BackupWriter backups, ExportJobProperties properties,
            ExportCatalog catalog) {
        this.catalog = catalog;
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
                JobFile file = new JobFile(jobs, running, (int) properties.jobs().chunkSize().toBytes());
                long rows = switch (job.kind()) {
                    case EXPORT -> export(job, running, file);
                    case BACKUP -> backup(job, running, file);
                    case REPORT -> throw new UnsupportedJob("Report jobs are not produced by this version");
                };
                file.close();
                if (jobs.succeed(claim, rows, file.size(), file.sha256(), properties.jobTtl())) {
                    log.info("Export job {} ({} {}) succeeded: {} rows, {} bytes", job.id(), job.kind(),
                            job.entity() == null ? "" : job.entity(), rows, file.size());
                }
            } catch (Exception e) {
                if (JobCancelled.causedBy(e)) {
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
        return ExportFile.write(reads, job.tenantId(), request, List.of(), file, currencies::minorUnitsOf,
                running::rowWritten);
    }

    private long backup(ExportJob job, RunningJob running, JobFile file) throws IOException {
        if (!jobs.counted(running.claim, backups.countRows(job.tenantId()))) {
            throw new JobCancelled();
        }
        BackupWriter.Summary summary = backups.write(job.tenantId(), file, running::rowWritten);
        return summary.rows().values().stream().mapToLong(Long::longValue).sum();
    }

    /** What the job resource says went wrong: the problem's own words for bad stored input, nothing internal else. */
    private static String error(Exception e) {
        if (e instanceof ApiException.ValidationException invalid) {
            return "The export's parameters are not valid: " + invalid.fieldErrors().stream()
                    .map(field -> field.field() + " " + field.message()).collect(Collectors.joining("; "));
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
