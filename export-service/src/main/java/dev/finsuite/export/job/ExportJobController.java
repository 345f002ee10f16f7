package dev.finsuite.export.job;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.export.audit.Downloads;
import dev.finsuite.export.openapi.ProblemResponses;
import dev.finsuite.export.read.ExportedEntity;
import dev.finsuite.export.read.TenantReads;
import dev.finsuite.export.web.ExportCatalog;
import dev.finsuite.export.web.ExportParameters;
import dev.finsuite.export.web.ExportRequest;
import dev.finsuite.export.web.ResponseExamples;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export jobs: a large export or a backup produced in the background and kept for download (any replica serves
 * it), in the tenant's export list until it expires. The same export parameters as the streamed GET, parsed by
 * the same code, so bad input is the same 400 and nothing is queued. Backup jobs are ADMIN's: below ADMIN they
 * are neither listed nor found.
 */
@RestController
class ExportJobController {

    static final String EXAMPLE = """
            {"id":"0f8e5c1a-3b7d-4e2a-9c61-5d0b8f2e7a14","kind":"EXPORT","entity":"expenses","format":"xlsx",\
            "status":"SUCCEEDED","rowsWritten":125000,"totalRows":125000,"progress":"1","error":null,\
            "fileName":"finsuite-expenses-2026-11-24.xlsx",\
            "contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","sizeBytes":4718592,\
            "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",\
            "createdAt":"2026-11-24T10:15:30Z","startedAt":"2026-11-24T10:15:31Z","finishedAt":"2026-11-24T10:15:44Z",\
            "expiresAt":"2026-12-01T10:15:44Z","download":"/api/v1/exports/jobs/0f8e5c1a-3b7d-4e2a-9c61-5d0b8f2e7a14/file"}""";
    private static final String QUEUED_BACKUP = """
            {"id":"a1c2e3f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b","kind":"BACKUP","entity":null,"format":"zip",\
            "status":"QUEUED","rowsWritten":0,"totalRows":null,"progress":null,"error":null,\
            "fileName":"finsuite-backup-65434aa2-20d8-46bc-babc-d1e5a5157f78-2026-11-24.zip",\
            "contentType":"application/zip","sizeBytes":null,"sha256":null,"createdAt":"2026-11-24T10:15:30Z",\
            "startedAt":null,"finishedAt":null,"expiresAt":null,"download":null}""";
    private static final String PAGE =
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":50,\"totalItems\":1," + "\"totalPages\":1}";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "created_at");

    private final ExportJobs jobs;
    private final JobWorkers workers;
    private final TenantReads reads;
    private final IdempotentRequests idempotent;
    private final ExportJobProperties properties;
    private final Clock clock;
    private final ExportCatalog catalog;
    private final Downloads downloads;

    ExportJobController(
            ExportJobs jobs,
            JobWorkers workers,
            TenantReads reads,
            IdempotentRequests idempotent,
            ExportJobProperties properties,
            Clock clock,
            ExportCatalog catalog,
            Downloads downloads) {
        this.catalog = catalog;
        this.downloads = downloads;
        this.jobs = jobs;
        this.workers = workers;
        this.reads = reads;
        this.idempotent = idempotent;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(
            summary = "Export an entity as a job",
            description =
                    "Takes the parameters of GET /api/v1/exports/{entity} (format, dialect, locale and the entity's "
                            + "filters) and answers 202 with the QUEUED job at once; poll the job until SUCCEEDED, then download "
                            + "its file. A tenant may have "
                            + "finsuite.export.jobs.max-active-per-tenant (5) jobs queued or "
                            + "running; one more is a 429 too_many_jobs. Honours Idempotency-Key.",
            responses = {
                @ApiResponse(
                        responseCode = "202",
                        description = "The job, queued (shown here once it SUCCEEDED)",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "job", value = EXAMPLE))),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND),
                @ApiResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_JOBS)
            })
    @ExportParameters
    @PostMapping("/api/v1/exports/{entity}/jobs")
    ResponseEntity<?> createExport(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable String entity,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        ExportRequest request = ExportRequest.parse(entity, parameters, reads.currencies(caller.tenantId()), catalog);
        if (!(request.entity() instanceof ExportedEntity)) {
            // Computed by another service for the caller, and a few hundred rows at most: the GET answers at once.
            throw new ValidationException(
                    "entity",
                    "is computed by another service and small; " + "download it with GET /api/v1/exports/" + entity);
        }
        Map<String, String> stored = new TreeMap<>(parameters.toSingleValueMap());
        ExportJobs.NewJob job = new ExportJobs.NewJob(
                caller.tenantId(),
                caller.userId(),
                JobKind.EXPORT,
                request.entity().name(),
                request.format().extension(),
                stored,
                request.filename(LocalDate.now(clock)),
                request.format().contentType());
        return queue(idempotencyKey, "POST /api/v1/exports/" + request.entity().name() + "/jobs", stored, job);
    }

    @Operation(
            summary = "Back up the tenant as a job",
            description = "The same BagIt zip as GET /api/v1/backups, produced in the background and kept for download "
                    + "like an export job (kind BACKUP). ADMIN and above; backup jobs are invisible below ADMIN.",
            responses = {
                @ApiResponse(
                        responseCode = "202",
                        description = "The job, queued",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "job", value = QUEUED_BACKUP))),
                @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN),
                @ApiResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_JOBS)
            })
    @PostMapping("/api/v1/backups/jobs")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<?> createBackup(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        ExportJobs.NewJob job = new ExportJobs.NewJob(
                caller.tenantId(),
                caller.userId(),
                JobKind.BACKUP,
                null,
                "zip",
                Map.of(),
                "finsuite-backup-" + caller.tenantId() + "-" + LocalDate.now(clock) + ".zip",
                "application/zip");
        return queue(idempotencyKey, "POST /api/v1/backups/jobs", Map.of(), job);
    }

    private ResponseEntity<?> queue(
            String idempotencyKey, String scope, Map<String, String> request, ExportJobs.NewJob job) {
        ResponseEntity<?> response = idempotent.once(idempotencyKey, scope, request, () -> {
            ExportJob created = jobs.create(job, properties.jobs().maxActivePerTenant());
            return ResponseEntity.accepted()
                    .location(URI.create(JobView.PATH + created.id()))
                    .cacheControl(CacheControl.noStore())
                    .body(JobView.of(created));
        });
        workers.wake();
        return response;
    }

    @Operation(
            summary = "The tenant's export list",
            description = "Jobs newest first (sort=createdAt,asc for oldest first), paged; filter by status "
                    + "(QUEUED, RUNNING, SUCCEEDED, FAILED, EXPIRED) and kind (EXPORT, BACKUP, REPORT). Backup jobs only "
                    + "for ADMIN and above.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "A page of jobs",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "jobs", value = PAGE))),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping("/api/v1/exports/jobs")
    PageResponse<JobView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            PageQuery paging) {
        List<FieldError> errors = new ArrayList<>();
        JobStatus wantedStatus = named(JobStatus.class, "status", status, errors);
        JobKind wantedKind = named(JobKind.class, "kind", kind, errors);
        Pageable pageable;
        try {
            pageable = paging.pageable(SORTABLE, NEWEST_FIRST);
        } catch (ValidationException invalid) {
            errors.addAll(invalid.fieldErrors());
            pageable = null;
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<JobKind> kinds = new ArrayList<>(wantedKind == null ? List.of(JobKind.values()) : List.of(wantedKind));
        if (!isAdmin(caller)) {
            kinds.remove(JobKind.BACKUP);
        }
        PageResponse<ExportJob> found = jobs.list(caller.tenantId(), wantedStatus, kinds, pageable);
        return found.map(JobView::of);
    }

    @Operation(
            summary = "One export job",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The job",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "job", value = EXAMPLE))),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
            })
    @GetMapping("/api/v1/exports/jobs/{id}")
    ResponseEntity<JobView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        ExportJob job = visible(caller, id);
        return ResponseEntity.ok()
                .eTag(ETags.of(job.version()))
                .cacheControl(CacheControl.noStore())
                .body(JobView.of(job));
    }

    @Operation(
            summary = "Download a job's file",
            description =
                    "The file with its Content-Type and an attachment Content-Disposition, streamed chunk by chunk. "
                            + "409 conflict while the job has not SUCCEEDED; 410 export_expired once its file expired.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The file, with the job's contentType: text/csv, "
                                + "the XLSX type, application/jsonl or application/zip (a backup); ETag is its SHA-256",
                        content = {
                            @Content(
                                    mediaType = "text/csv",
                                    examples =
                                            @ExampleObject(
                                                    name = "expenses",
                                                    summary = "An expenses export as CSV (dialect data)",
                                                    value = ResponseExamples.EXPENSES_CSV)),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                            @Content(mediaType = "application/jsonl"),
                            @Content(mediaType = "application/zip")
                        }),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND),
                @ApiResponse(responseCode = "409", ref = ProblemResponses.JOB_FILE_NOT_READY),
                @ApiResponse(responseCode = "410", ref = ProblemResponses.JOB_FILE_EXPIRED)
            })
    @GetMapping("/api/v1/exports/jobs/{id}/file")
    void download(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        ExportJob job = visible(caller, id);
        if (job.status() == JobStatus.EXPIRED) {
            throw new JobFailures.FileExpired(id);
        }
        if (job.status() != JobStatus.SUCCEEDED) {
            throw new JobFailures.FileNotReady(id, job.status());
        }
        downloads.record(
                caller.tenantId(),
                "export_job",
                job.id(),
                new JobFileDownload(job.kind().name(), job.entity(), job.format(), job.fileName(), job.sha256()));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(job.contentType());
        response.setContentLengthLong(job.sizeBytes());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(job.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.ETAG, "\"" + job.sha256() + "\"");
        try {
            jobs.writeFile(job, response.getOutputStream());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Operation(
            summary = "Delete an export job and its file",
            description = "A RUNNING job is cancelled: its worker stops at its next heartbeat.",
            responses = {
                @ApiResponse(responseCode = "204", description = "Deleted (no body)"),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
            })
    @DeleteMapping("/api/v1/exports/jobs/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        visible(caller, id);
        if (!jobs.delete(caller.tenantId(), id)) {
            throw new JobFailures.JobNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The caller's job, if its kind is for the caller's role: anything else is a 404, like a missing job. */
    private ExportJob visible(AuthenticatedUser caller, UUID id) {
        return jobs.find(caller.tenantId(), id)
                .filter(job -> job.kind() != JobKind.BACKUP || isAdmin(caller))
                .orElseThrow(() -> new JobFailures.JobNotFound(id));
    }

    private static boolean isAdmin(AuthenticatedUser caller) {
        return caller.hasRole("ADMIN") || caller.hasRole("OWNER");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    /** What the audit trail keeps of a job's file leaving: which job, what it holds, and the file's checksum. */
    record JobFileDownload(String kind, String entity, String format, String fileName, String sha256) {}
}
