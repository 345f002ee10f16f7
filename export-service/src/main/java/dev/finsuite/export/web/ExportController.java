package dev.finsuite.export.web;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.export.audit.Downloads;
import dev.finsuite.export.format.MinorUnits;
import dev.finsuite.export.openapi.ProblemResponses;
import dev.finsuite.export.read.ComputedEntity;
import dev.finsuite.export.read.Criteria;
import dev.finsuite.export.read.CurrencyTable;
import dev.finsuite.export.read.TenantReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exports/{entity}}: the caller's tenant's rows of one entity as CSV, XLSX or JSON lines,
 * written to the client while PostgreSQL streams them. Reads need VIEWER (the suite's security rule for GET).
 *
 * <p>The body is written on the request's own (virtual) thread straight to the response stream rather than
 * through a {@code StreamingResponseBody}: that one completes in an ASYNC dispatch, which the suite's
 * stateless security chain re-authorises without the request's authentication and refuses after the body is
 * committed. Every parameter is validated before the first byte, so a bad request is still a problem response.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TenantReads reads;
    private final ExportCatalog catalog;
    private final ExportsRun exportsRun;
    private final Downloads downloads;
    private final Clock clock = Clock.systemUTC();

    ExportController(TenantReads reads, ExportCatalog catalog, ExportsRun exportsRun, Downloads downloads) {
        this.reads = reads;
        this.catalog = catalog;
        this.exportsRun = exportsRun;
        this.downloads = downloads;
    }

    /** What the audit trail keeps of a streamed export. */
    record StreamedExport(String entity, String format, Criteria filters) {}

    @Operation(
            summary = "Export an entity",
            description =
                    "Entities: expenses, incomes, categories, budgets, borrowings, lendings, repayments, collections, "
                            + "recurring-rules, loans, loan-payments, prepayments, investment-accounts, investment-assets, "
                            + "investment-activities, watchlist-items, price-alerts; and, as finance-, emi- and investment-service "
                            + "compute them (503 upstream_unavailable while one is down): budget-statuses, loan-schedules, "
                            + "investment-holdings. Formats: csv (dialect data or excel with "
                            + "locale), xlsx, jsonl. Filters where the entity has them: from, to, categoryId (with sub-categories), "
                            + "tag, currency, accountId. The file is an attachment (Content-Disposition) named "
                            + "finsuite-<entity>-<date>.<csv|xlsx|jsonl>.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The rows, streamed: text/csv;charset=UTF-8 (format "
                                + "csv), application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (xlsx, one sheet with "
                                + "a totals row) or application/jsonl;charset=UTF-8 (jsonl, one JSON object a line)",
                        content = {
                            @Content(
                                    mediaType = "text/csv",
                                    examples =
                                            @ExampleObject(
                                                    name = "expenses",
                                                    summary = "GET /api/v1/exports/expenses (dialect data)",
                                                    value = ResponseExamples.EXPENSES_CSV)),
                            @Content(mediaType = XLSX),
                            @Content(mediaType = "application/jsonl")
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND),
                @ApiResponse(responseCode = "503", ref = ProblemResponses.UPSTREAM_UNAVAILABLE)
            })
    @ExportParameters
    @GetMapping("/{entity}")
    void export(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable String entity,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response)
            throws IOException {
        CurrencyTable currencies = reads.currencies(caller.tenantId());
        ExportRequest request = ExportRequest.parse(entity, parameters, currencies, catalog);
        MinorUnits minorUnits = currencies::minorUnitsOf;
        // Another service's rows are asked for whole before the status is set, so its failure is still a problem.
        List<Object[]> computed =
                request.entity() instanceof ComputedEntity c ? c.rows().get() : null;
        downloads.record(
                caller.tenantId(),
                "export",
                null,
                new StreamedExport(request.entity().name(), request.format().extension(), request.criteria()));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(request.format().contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(request.filename(LocalDate.now(clock)))
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        write(caller.tenantId(), request, computed, response.getOutputStream(), minorUnits);
    }

    private void write(
            UUID tenant, ExportRequest request, List<Object[]> computed, OutputStream out, MinorUnits minorUnits)
            throws IOException {
        long rows = ExportFile.write(reads, tenant, request, computed, out, minorUnits, () -> {});
        log.info(
                "Exported {} rows of {} as {}",
                rows,
                request.entity().name(),
                request.format().extension());
        exportsRun.streamed(request.entity().name(), request.format());
    }
}
