package dev.finsuite.finance.budget;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.finance.budget.BudgetRequests.BudgetPatch;
import dev.finsuite.finance.budget.BudgetRequests.NewBudget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/budgets")
@Tag(name = "Budgets", description = "Spending limits per period, with rollover, and where each stands")
class BudgetController {

    private static final Map<String, String> SORTABLE =
            Map.of("name", "name", "createdAt", "createdAt", "startDate", "startDate");

    private final Budgets budgets;

    BudgetController(Budgets budgets) {
        this.budgets = budgets;
    }

    @PostMapping
    @Operation(
            summary = "Create a budget",
            description = "For one expense category (its sub-categories included) "
                    + "or, without categoryId, for all spending.")
    ResponseEntity<BudgetView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewBudget request) {
        Budget budget = budgets.create(caller.tenantId(), request);
        return ETags.created("/api/v1/budgets/" + budget.getId(), budget.getVersion(), view(budget));
    }

    @GetMapping
    @Operation(summary = "List budgets", description = "Sort by name, startDate or createdAt.")
    PageResponse<BudgetView> list(@AuthenticationPrincipal AuthenticatedUser caller, PageQuery paging) {
        var pageable = paging.pageable(SORTABLE, Sort.by("name").and(Sort.by("id")));
        return PageResponse.of(budgets.list(caller.tenantId(), pageable), this::view);
    }

    @GetMapping("/status")
    @Operation(
            summary = "Every budget's status on a date",
            description = "date defaults to today; budgets that " + "start after it are left out.")
    List<BudgetStatusView> statuses(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return budgets.statuses(caller.tenantId(), date);
    }

    @GetMapping("/{id}")
    ResponseEntity<BudgetView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Budget budget = budgets.get(caller.tenantId(), id);
        return ETags.ok(budget.getVersion(), view(budget));
    }

    @GetMapping("/{id}/status")
    @Operation(
            summary = "A budget's status in the period containing a date",
            description =
                    "date defaults to " + "today. Spending in other currencies counts at each expense's stored rate.")
    BudgetStatusView status(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return budgets.status(caller.tenantId(), id, date);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a budget", description = "Send only what changes, with If-Match.")
    ResponseEntity<BudgetView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody BudgetPatch patch) {
        Budget budget = budgets.update(caller.tenantId(), id, ifMatch, patch);
        return ETags.ok(budget.getVersion(), view(budget));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        budgets.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private BudgetView view(Budget budget) {
        Budget.Terms terms = budget.terms();
        return new BudgetView(
                budget.getId(),
                terms.name(),
                terms.categoryId(),
                terms.limit().shownAmount(),
                terms.limit().currencyCode(),
                terms.period(),
                terms.startDate(),
                terms.rollover(),
                budget.getCreatedAt(),
                budget.getUpdatedAt(),
                budget.getVersion());
    }

    record BudgetView(
            UUID id,
            String name,
            UUID categoryId,
            BigDecimal limit,
            String currency,
            BudgetPeriod period,
            LocalDate startDate,
            Rollover rollover,
            Instant createdAt,
            Instant updatedAt,
            long version) {}
}
