package dev.finsuite.export.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problem responses export-service's operations answer, each described once under
 * {@code components.responses} with an example body exactly as {@code Problems} writes it; an operation names the
 * ones it can answer with {@code @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)}.
 *
 * <p>Its own package, not {@code web}: every feature's controller refers to it, and {@code web} already depends on
 * {@code report}, whose statement controller would close a cycle.
 */
@Component
public class ProblemResponses implements OpenApiCustomizer {

    private static final String PREFIX = "#/components/responses/";
    public static final String VALIDATION_FAILED = PREFIX + "ValidationFailed";
    public static final String FORBIDDEN = PREFIX + "Forbidden";
    public static final String NOT_FOUND = PREFIX + "NotFound";
    public static final String JOB_FILE_NOT_READY = PREFIX + "JobFileNotReady";
    public static final String JOB_FILE_EXPIRED = PREFIX + "JobFileExpired";
    public static final String TOO_MANY_JOBS = PREFIX + "TooManyJobs";
    public static final String UPSTREAM_UNAVAILABLE = PREFIX + "UpstreamUnavailable";
    public static final String RESTORE_TOO_LARGE = PREFIX + "RestoreTooLarge";
    public static final String RESTORE_CONFLICT = PREFIX + "RestoreConflict";
    public static final String RESTORE_REFUSED = PREFIX + "RestoreRefused";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUEST_ID = "3f2a7c1e-5b8d-4e6f-9a0b-1c2d3e4f5a6b";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        add(
                components,
                VALIDATION_FAILED,
                "Invalid input: every bad field named in errors, nothing done",
                Map.of(
                        "validation_failed",
                        withErrors(
                                problem(HttpStatus.BAD_REQUEST, "validation_failed", "The request has invalid fields"),
                                List.of(
                                        error("from", "is required"),
                                        error("to", "must be a date such as 2026-11-24")))));
        add(
                components,
                FORBIDDEN,
                "The caller's role does not allow this",
                Map.of("forbidden", problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this")));
        add(
                components,
                NOT_FOUND,
                "Missing, or another tenant's (the same answer for both)",
                Map.of(
                        "not_found",
                        problem(
                                HttpStatus.NOT_FOUND,
                                "not_found",
                                "There is no export job 0f8e5c1a-3b7d-4e2a-9c61-5d0b8f2e7a14")));
        add(
                components,
                JOB_FILE_NOT_READY,
                "The job has not SUCCEEDED yet: poll it and try again",
                Map.of(
                        "conflict",
                        problem(
                                HttpStatus.CONFLICT,
                                "conflict",
                                "Export job "
                                        + "0f8e5c1a-3b7d-4e2a-9c61-5d0b8f2e7a14 is RUNNING; its file can be downloaded once it has SUCCEEDED")));
        add(
                components,
                JOB_FILE_EXPIRED,
                "The job's file was kept for the configured time and is deleted",
                Map.of(
                        "export_expired",
                        problem(
                                HttpStatus.GONE,
                                "export_expired",
                                "The file of export job "
                                        + "0f8e5c1a-3b7d-4e2a-9c61-5d0b8f2e7a14 has expired and was deleted; start the export again")));
        add(
                components,
                TOO_MANY_JOBS,
                "The tenant already has as many jobs queued or running as it may",
                Map.of(
                        "too_many_jobs",
                        problem(
                                HttpStatus.TOO_MANY_REQUESTS,
                                "too_many_jobs",
                                "This tenant already has "
                                        + "5 export jobs queued or running; wait for one to finish or delete one")));
        add(
                components,
                UPSTREAM_UNAVAILABLE,
                "A service whose figures the answer needs is down or failing: try again",
                Map.of(
                        "upstream_unavailable",
                        problem(
                                HttpStatus.SERVICE_UNAVAILABLE,
                                "upstream_unavailable",
                                "finance-service did not answer in time or could not be read; the report needs its figures, "
                                        + "try again shortly")));
        add(
                components,
                RESTORE_TOO_LARGE,
                "Too many entries, or too many bytes once inflated (a zip bomb)",
                Map.of(
                        "payload_too_large",
                        problem(
                                HttpStatus.CONTENT_TOO_LARGE,
                                "payload_too_large",
                                "The archive inflates to more than 536870912 bytes")));
        add(
                components,
                RESTORE_CONFLICT,
                "The tenant is not empty, or the backup's ids are already stored",
                ordered(
                        "tenant_not_empty",
                                problem(
                                        HttpStatus.CONFLICT,
                                        "tenant_not_empty",
                                        "A backup is restored into an empty tenant only; this one already has finance_entries, "
                                                + "finance_budgets, emi_loans"),
                        "conflict",
                                problem(
                                        HttpStatus.CONFLICT,
                                        "conflict",
                                        "Rows of finance_entries have ids already "
                                                + "stored in this installation; a backup keeps its ids, so it restores where they are free "
                                                + "(restored twice, or its tenant still here)")));
        add(
                components,
                RESTORE_REFUSED,
                "The archive is not a bag this suite wrote, or fails its checks: nothing written",
                ordered(
                        "checksum_mismatch",
                                problem(
                                        HttpStatus.UNPROCESSABLE_CONTENT,
                                        "checksum_mismatch",
                                        "The SHA-256 of data/finance_entries.ndjson is not the one "
                                                + "manifest-sha256.txt lists: the file was changed"),
                        "unsafe_archive_entry",
                                problem(
                                        HttpStatus.UNPROCESSABLE_CONTENT,
                                        "unsafe_archive_entry",
                                        "A path that leaves the bag (\"..\"): ../../etc/cron.d/x"),
                        "newer_schema_version",
                                problem(
                                        HttpStatus.UNPROCESSABLE_CONTENT,
                                        "newer_schema_version",
                                        "The backup was written by schema version 14, newer than "
                                                + "this installation's 13: upgrade before restoring it"),
                        "invalid_backup",
                                problem(
                                        HttpStatus.UNPROCESSABLE_CONTENT,
                                        "invalid_backup",
                                        "The upload is not a readable zip archive")));
    }

    private static void add(Components components, String ref, String description, Map<String, Object> examples) {
        MediaType mediaType = new MediaType();
        examples.forEach((name, value) ->
                mediaType.addExamples(name, new Example().summary(name).value(value)));
        components.addResponses(
                ref.substring(PREFIX.length()),
                new ApiResponse()
                        .description(description)
                        .content(new Content().addMediaType(PROBLEM_JSON, mediaType)));
    }

    /** The body {@code Problems.of} writes: standard members, then code and requestId. */
    private static Map<String, Object> problem(HttpStatus status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:finsuite:problem:" + code);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("code", code);
        body.put("requestId", REQUEST_ID);
        return body;
    }

    private static Map<String, Object> withErrors(Map<String, Object> problem, List<Map<String, String>> errors) {
        problem.put("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> ordered(Object... namesAndExamples) {
        Map<String, Object> examples = new LinkedHashMap<>();
        for (int i = 0; i < namesAndExamples.length; i += 2) {
            examples.put((String) namesAndExamples[i], namesAndExamples[i + 1]);
        }
        return examples;
    }
}
