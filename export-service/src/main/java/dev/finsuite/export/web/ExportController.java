package dev.finsuite.export.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.export.format.CsvExportWriter;
import dev.finsuite.export.format.ExportWriter;
import dev.finsuite.export.format.JsonLinesExportWriter;
import dev.finsuite.export.format.MinorUnits;
import dev.finsuite.export.format.XlsxExportWriter;
import dev.finsuite.export.read.TenantReads;

/**
 * {@code GET /api/v1/exports/{entity}}: the caller's tenant's rows of one entity as CSV, XLSX or JSON lines,
 * written to the client while PostgreSQL streams them. Reads need VIEWER (the suite's security rule for GET).
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final TenantReads reads;
    private final Currencies currencies;
    private final Clock clock = Clock.systemUTC();

    ExportController(TenantReads reads, Currencies currencies) {
        this.reads = reads;
        this.currencies = currencies;
    }

    @Operation(summary = "Export an entity",
            description = "Entities: expenses, incomes, categories, budgets, borrowings, lendings, repayments, collections, "
                    + "recurring-rules, loans, loan-payments, prepayments, investment-accounts, investment-assets, "
                    + "investment-activities, watchlist-items, price-alerts. Formats: csv (dialect data or excel with "
                    + "locale), xlsx, jsonl. Filters where the entity has them: from, to, categoryId (with sub-categories), "
                    + "tag, currency, accountId.")
    @GetMapping("/{entity}")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable String entity,
            @Parameter(description = "format, dialect, locale, from, to, categoryId, tag, currency, accountId")
            @RequestParam MultiValueMap<String, String> parameters) {
        ExportRequest request = ExportRequest.parse(entity, parameters, currencies);
        UUID tenant = caller.tenantId();
        MinorUnits minorUnits = code -> code == null ? 2 : currencies.minorUnits(code);
        StreamingResponseBody body = out -> write(tenant, request, out, minorUnits);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(request.format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(request.filename(LocalDate.now(clock))).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private void write(UUID tenant, ExportRequest request, OutputStream out, MinorUnits minorUnits) throws IOException {
        ExportWriter writer = switch (request.format()) {
            case CSV -> new CsvExportWriter(request.entity().columns(), out, request.dialect(), minorUnits);
            case XLSX -> new XlsxExportWriter(request.entity().columns(), out, request.entity().name(), minorUnits);
            case JSONL -> new JsonLinesExportWriter(request.entity().columns(), out, minorUnits);
        };
        long rows;
        boolean finished = false;
        try {
            rows = reads.stream(tenant, request.entity(), request.criteria(), values -> {
                try {
                    writer.row(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.finish();
            finished = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!finished) {
                writer.abandon();
            }
        }
        log.info("Exported {} rows of {} as {}", rows, request.entity().name(), request.format().extension());
    }
}
