package dev.finsuite.emi.loan;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.emi.loan.LoanRequests.LoanPatch;
import dev.finsuite.emi.loan.LoanRequests.NewLoan;
import dev.finsuite.emi.loan.LoanViews.LoanView;
import dev.finsuite.emi.loan.LoanViews.ScheduleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/emis")
@Tag(name = "Loans", description = "Loans repaid in equated monthly instalments, and their schedules")
class LoanController {

    private static final Map<String, String> SORTABLE = Map.of(
            "name",
            "name",
            "createdAt",
            "createdAt",
            "disbursalDate",
            "disbursalDate",
            "principal",
            "principal",
            "firstEmiDate",
            "firstEmiDate");

    private final Loans loans;
    private final Metadata metadata;

    LoanController(Loans loans, Metadata metadata) {
        this.loans = loans;
        this.metadata = metadata;
    }

    @PostMapping
    @Operation(summary = "Record a loan", description = "The EMI and schedule are computed from its terms.")
    ResponseEntity<LoanView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewLoan request) {
        LoanLedger ledger = loans.create(caller.tenantId(), request);
        return ETags.created(
                "/api/v1/emis/" + ledger.loan().getId(), ledger.loan().getVersion(), view(ledger));
    }

    @GetMapping
    @Operation(
            summary = "List loans",
            description = "Filter by status and loanType; sort by name, createdAt, "
                    + "disbursalDate, firstEmiDate or principal.")
    PageResponse<LoanView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) LoanStatus status,
            @RequestParam(required = false) LoanType loanType,
            PageQuery paging) {
        var pageable = paging.pageable(
                SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        return PageResponse.of(loans.search(caller.tenantId(), status, loanType, pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<LoanView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        LoanLedger ledger = loans.ledger(caller.tenantId(), id);
        return ETags.ok(ledger.loan().getVersion(), view(ledger));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a loan",
            description = "Principal, rate, tenure and dates are frozen (409) once the "
                    + "loan has payments, prepayments or rate changes. Send If-Match with the ETag you read.")
    ResponseEntity<LoanView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody LoanPatch patch) {
        LoanLedger ledger = loans.update(caller.tenantId(), id, ifMatch, patch);
        return ETags.ok(ledger.loan().getVersion(), view(ledger));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a loan with its payments, history and documents")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        loans.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/schedule")
    @Operation(
            summary = "The loan's schedule",
            description = "Every instalment with its balances, what was paid "
                    + "and its status (PAID, PARTIAL, DUE, OVERDUE), plus totals.")
    ScheduleView schedule(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        return ScheduleView.of(loans.ledger(caller.tenantId(), id));
    }

    private LoanView view(LoanLedger ledger) {
        return LoanView.of(ledger, metadata.read(ledger.loan().getMetadata()));
    }
}
