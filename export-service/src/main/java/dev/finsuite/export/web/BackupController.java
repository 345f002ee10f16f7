package dev.finsuite.export.web;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.export.audit.Downloads;
import dev.finsuite.export.backup.BackupRestore;
import dev.finsuite.export.backup.BackupWriter;
import dev.finsuite.export.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/backups}: the caller's whole tenant as one BagIt zip (ADMIN and above), and its restore into an
 * empty tenant (OWNER). Backups are streamed, never stored, so there is no backup id another tenant could ask
 * for: a tenant's backup holds only its own rows (row-level security, and every query names the tenant).
 *
 * <p>Like the exports, the zip is written on the request's own thread straight to the response stream.
 */
@RestController
@RequestMapping("/api/v1/backups")
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final BackupWriter writer;
    private final BackupRestore restore;
    private final Clock clock;
    private final Downloads downloads;

    BackupController(BackupWriter writer, BackupRestore restore, Clock clock, Downloads downloads) {
        this.downloads = downloads;
        this.writer = writer;
        this.restore = restore;
        this.clock = clock;
    }

    @Operation(
            summary = "Back up the tenant",
            description =
                    "A zip laid out as a BagIt 1.0 bag: bagit.txt, bag-info.txt (tenant, suite and schema version, "
                            + "created-at, Payload-Oxum), data/<table>.ndjson with every row of every tenant-owned table (all "
                            + "columns by name, ids kept, decimals as strings), loan documents under data/documents/<loanId>/, "
                            + "manifest-sha256.txt and tagmanifest-sha256.txt. ADMIN and above.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description =
                                "The zip, streamed as an attachment named " + "finsuite-backup-<tenantId>-<date>.zip",
                        content =
                                @Content(
                                        mediaType = "application/zip",
                                        examples =
                                                @ExampleObject(
                                                        name = "entries",
                                                        summary = "The zip's entries in order "
                                                                + "(the body itself is binary)",
                                                        value = ResponseExamples.BACKUP_ENTRIES))),
                @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
            })
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    void backup(@AuthenticationPrincipal AuthenticatedUser caller, HttpServletResponse response) throws IOException {
        downloads.record(caller.tenantId(), "backup", null, new StreamedBackup("bagit-zip"));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("finsuite-backup-" + caller.tenantId() + "-" + LocalDate.now(clock) + ".zip")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        try {
            BackupWriter.Summary summary = writer.write(caller.tenantId(), response.getOutputStream());
            log.info(
                    "Backed up {} files, {} payload bytes, schema {}",
                    summary.payloadFiles(),
                    summary.payloadBytes(),
                    summary.schemaVersion());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Operation(
            summary = "Restore a backup into this (empty) tenant",
            description =
                    "Multipart part 'file': a zip GET /api/v1/backups wrote. Every checksum is verified first; entries "
                            + "outside the bag, absolute paths, '..', links, too many entries or inflated bytes, a newer schema and "
                            + "unknown tables are refused. Applied in one transaction (all or nothing), tenant_id rewritten to the "
                            + "caller's, other ids kept. dryRun=true reports the rows per table and writes nothing. OWNER only.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The rows per table restored (or, with dryRun, that "
                                + "would be) and the loan documents",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = {
                                            @ExampleObject(name = "restored", value = ResponseExamples.RESTORED),
                                            @ExampleObject(
                                                    name = "dryRun",
                                                    summary = "dryRun=true: nothing written",
                                                    value = ResponseExamples.RESTORE_DRY_RUN)
                                        })),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN),
                @ApiResponse(responseCode = "409", ref = ProblemResponses.RESTORE_CONFLICT),
                @ApiResponse(responseCode = "413", ref = ProblemResponses.RESTORE_TOO_LARGE),
                @ApiResponse(responseCode = "422", ref = ProblemResponses.RESTORE_REFUSED)
            })
    @PostMapping(path = "/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('OWNER')")
    BackupRestore.Result restore(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "true: verify and count, write nothing", example = "true")
                    @RequestParam(defaultValue = "false")
                    boolean dryRun)
            throws IOException {
        Path archive = Files.createTempFile("finsuite-restore-", ".zip");
        try {
            file.transferTo(archive);
            return restore.restore(caller.tenantId(), archive, dryRun);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    /** What the audit trail keeps of a backup download: the whole tenant left, in this format. */
    record StreamedBackup(String format) {}
}
