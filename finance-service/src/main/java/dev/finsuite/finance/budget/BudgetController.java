package dev.finsuite.finance.budget;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import dev.finsuite.common.web.Text;
import dev.finsuite.finance.support.Required;
import dev.finsuite.finance.support.SensibleDates;

@RestController
@RequestMapping("/api/v1/budgets")
@Tag(name = "Budgets", description = "Spending limits per period, with rollover, and where each stands")
class BudgetController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "startDate", "startDate");

    private final Budgets budgets;
    private final Currencies currencies;
    private final Clock clock;

    BudgetController(Budgets budgets, Currencies currencies, Clock clock) {
        this.budgets = budgets;
        this.currencies = currencies;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Create a budget", description = "For one expense category (its sub-categories included) "
            + "or, without categoryId, for all spending.")
    ResponseEntity<BudgetView> create(@AuthenticationPrincipal AuthenticatedUser caller,
            @Valid @RequestBody BudgetRequest request) {
        request.requireComplete();
        Budget budget = budgets.create(caller.tenantId(), terms(request, null));
        return ResponseEntity.created(URI.create("/api/v1/budgets/" + budget.getId()))
                .eTag(ETags.of(budget.getVersion())).body(view(budget));
    }

    @GetMapping
    @Operation(summary = "List budgets", description = "Sort by name, startDate or createdAt.")
    PageResponse<BudgetView> list(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        var pageable = Paging.pageable(page, size, sort, SORTABLE, Sort.by("name").and(Sort.by("id")));
        return PageResponse.of(budgets.list(caller.tenantId(), pageable), this::view);
    }

    @GetMapping("/status")
    @Operation(summary = "Every budget's status on a date", description = "date defaults to today; budgets that "
            + "start after it are left out.")
    List<BudgetStatusView> statuses(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return budgets.statuses(caller.tenantId(), statusDate(date));
    }

    @GetMapping("/{id}")
    ResponseEntity<BudgetView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Budget budget = budgets.get(caller.tenantId(), id);
        return ResponseEntity.ok().eTag(ETags.of(budget.getVersion())).body(view(budget));
    }

    @GetMapping("/{id}/status")
    @Operation(summary = "A budget's status in the period containing a date", description = "date defaults to "
            + "today. Spending in other currencies counts at each expense's stored rate.")
    BudgetStatusView status(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return budgets.status(caller.tenantId(), id, statusDate(date));
    }

    /** Today by default; at most a hundred years ahead, which keeps the periods to count from the start bounded. */
    private LocalDate statusDate(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today.plusYears(100))) {
            throw new ValidationException("date", "must be at most a hundred years from today");
        }
        return date == null ? today : date;
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a budget", description = "Send only what changes, with If-Match.")
    ResponseEntity<BudgetView> update(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody BudgetRequest patch) {
        Budget budget = budgets.update(caller.tenantId(), id, ifMatch, was -> terms(patch, was));
        return ResponseEntity.ok().eTag(ETags.of(budget.getVersion())).body(view(budget));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        budgets.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private Budget.Terms terms(BudgetRequest request, Budget.Terms was) {
        String currency = request.currency() == null ? was.currency()
                : currencies.requireActive("currency", request.currency()).code();
        BigDecimal limit = request.limit() == null ? was.limit() : request.limit();
        currencies.requireFits("limit", limit, currency);
        LocalDate start = request.startDate() == null ? was.startDate()
                : SensibleDates.require("startDate", request.startDate(), LocalDate.now(clock).plusYears(5));
        return new Budget.Terms(request.name() == null ? (was == null ? null : was.name()) : Text.clean(request.name()),
                request.categoryId() == null ? (was == null ? null : was.categoryId()) : request.categoryId(),
                limit, currency,
                request.period() == null ? was.period() : request.period(), start,
                request.rollover() == null ? (was == null ? Rollover.NONE : was.rollover()) : request.rollover());
    }

    private BudgetView view(Budget budget) {
        Budget.Terms terms = budget.terms();
        return new BudgetView(budget.getId(), terms.name(), terms.categoryId(),
                currencies.shown(terms.limit(), terms.currency()), terms.currency(), terms.period(),
                terms.startDate(), terms.rollover(), budget.getCreatedAt(), budget.getUpdatedAt(), budget.getVersion());
    }

    @Schema(description = "On create, limit, currency, period and startDate are required; rollover defaults to NONE; "
            + "leave out categoryId for all spending. On PATCH, send only what changes.",
            example = """
                    {"name": "Groceries", "categoryId": "00000000-0000-4000-8000-000000000102", "limit": "12000",
                     "currency": "INR", "period": "MONTHLY", "startDate": "2026-01-01", "rollover": "CARRY_SURPLUS"}""")
    record BudgetRequest(@Size(max = 120) String name, UUID categoryId,
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) BigDecimal limit,
            String currency, BudgetPeriod period, LocalDate startDate, Rollover rollover) {

        void requireComplete() {
            Required.fields().field("limit", limit).field("currency", currency).field("period", period)
                    .field("startDate", startDate).check();
        }
    }

    record BudgetView(UUID id, String name, UUID categoryId, BigDecimal limit, String currency, BudgetPeriod period,
            LocalDate startDate, Rollover rollover, Instant createdAt, Instant updatedAt, long version) {
    }
}
