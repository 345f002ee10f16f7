package dev.finsuite.export.audit;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.export.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/audit}: the tenant's audit trail, every change to its money by any service, for ADMIN and above.
 * export-service answers it because it already reads the whole tenant.
 */
@RestController
class AuditController {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurred_at");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurred_at");

    static final String PAGE = """
            {"items":[{"id":"6b1f3c52-8d0e-4a7b-9c3d-2e1f0a9b8c7d","occurredAt":"2026-11-24T10:15:30.123456Z",\
            "actorKind":"USER","actorId":"0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a","service":"finance-service",\
            "action":"UPDATE","entityType":"expense","entityId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",\
            "before":{"amount":"1250.5000","currency":"INR","date":"2026-11-20","version":0},\
            "after":{"amount":"990.2500","currency":"INR","date":"2026-11-20","version":1},\
            "requestId":"3f2a7c1e-5b8d-4e6f-9a0b-1c2d3e4f5a6b"}],"page":0,"size":50,"totalItems":1,"totalPages":1}""";

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Operation(
            summary = "The tenant's audit trail",
            description =
                    "Every change to the tenant's money (expenses, income, budgets, borrowings, lendings and their "
                            + "payments, loans, their payments, prepayments and rate changes, investment activities, export jobs "
                            + "and restores): who (a user, or a JOB), when, what, the entity before and after as its service "
                            + "shows it (amounts as decimal strings) and the X-Request-Id of the request. Newest first, paged "
                            + "(sort=occurredAt,asc for oldest first). ADMIN and above.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "A page of audit events",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "events", value = PAGE))),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
            })
    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasRole('ADMIN')")
    PageResponse<AuditEventView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(
                            description = "expense, income, budget, borrowing, borrowing_repayment, lending, "
                                    + "lending_collection, loan, loan_payment, loan_prepayment, loan_rate_change, investment_activity, "
                                    + "export_job, backup",
                            example = "expense")
                    @RequestParam(required = false)
                    String entityType,
            @Parameter(example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d") @RequestParam(required = false) UUID entityId,
            @Parameter(description = "CREATE, UPDATE, DELETE, EXPORT or RESTORE", example = "UPDATE")
                    @RequestParam(required = false)
                    String action,
            @Parameter(description = "the user who acted", example = "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a")
                    @RequestParam(required = false)
                    UUID actor,
            @Parameter(description = "inclusive: an instant or a date (its start, UTC)", example = "2026-11-01")
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            description = "exclusive for an instant; a date includes that whole day (UTC)",
                            example = "2026-11-30")
                    @RequestParam(required = false)
                    String to,
            PageQuery paging) {
        AuditQuery query = AuditQuery.parse(entityType, entityId, action, actor, from, to);
        Pageable pageable = paging.pageable(SORTABLE, NEWEST_FIRST);
        return log.search(caller.tenantId(), query, pageable);
    }
}
