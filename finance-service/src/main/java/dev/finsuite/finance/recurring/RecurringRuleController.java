package dev.finsuite.finance.recurring;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.finance.entry.PaymentMethod;
import dev.finsuite.finance.recurring.RecurringRuleRequests.NewRule;
import dev.finsuite.finance.recurring.RecurringRuleRequests.RulePatch;
import dev.finsuite.finance.support.Kind;
import dev.finsuite.finance.support.SensibleDates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
@RequestMapping("/api/v1/recurring-rules")
@Tag(name = "Recurring rules", description = "Expenses and income that repeat, created on their dates by a job")
class RecurringRuleController {

    private static final Map<String, String> SORTABLE =
            Map.of("startDate", "startDate", "nextDate", "nextDate", "amount", "amount", "createdAt", "createdAt");
    private static final int MAX_PREVIEW = 1000;
    /** Occurrence arithmetic stays far from LocalDate's limits. */
    private static final LocalDate LAST_PREVIEWABLE = LocalDate.of(9999, 12, 31);

    private final RecurringRules rules;

    RecurringRuleController(RecurringRules rules) {
        this.rules = rules;
    }

    @PostMapping
    @Operation(
            summary = "Create a recurring rule",
            description = "Occurrences due from startDate up to today are "
                    + "created by the next job runs (each run creates a bounded number per rule and per household, 100 and 500 "
                    + "by default, so a long backlog takes a few minutes), later ones on their dates. startDate may be at "
                    + "most ten years ago (by default) and five years ahead. dayOfMonth (MONTHLY and YEARLY) defaults to the start date's day; 29-31 fall on the "
                    + "last day of shorter months.")
    ResponseEntity<RuleView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewRule request) {
        RecurringRule rule = rules.create(caller.tenantId(), request);
        return ETags.created("/api/v1/recurring-rules/" + rule.getId(), rule.getVersion(), view(rule));
    }

    @GetMapping
    @Operation(
            summary = "List recurring rules",
            description = "Filter by type and active; sort by startDate, " + "nextDate, amount or createdAt.")
    PageResponse<RuleView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Kind type,
            @RequestParam(required = false) Boolean active,
            PageQuery paging) {
        var pageable = paging.pageable(
                SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        return PageResponse.of(rules.search(caller.tenantId(), type, active, pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<RuleView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        RecurringRule rule = rules.get(caller.tenantId(), id);
        return ETags.ok(rule.getVersion(), view(rule));
    }

    @GetMapping("/{id}/occurrences")
    @Operation(
            summary = "Preview a rule's dates",
            description = "The dates it falls on from 'from' to 'to' "
                    + "(inclusive, at most 1000, at most ten years apart), whether or not they were created yet.")
    OccurrencesView occurrences(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from.isAfter(to)) {
            throw new ValidationException("from", "must not be after to");
        }
        SensibleDates.require("from", from, LAST_PREVIEWABLE);
        SensibleDates.require("to", to, LAST_PREVIEWABLE);
        if (ChronoUnit.YEARS.between(from, to) >= 10) {
            throw new ValidationException("to", "must be less than ten years after from");
        }
        return new OccurrencesView(id, from, to, rules.occurrences(caller.tenantId(), id, from, to, MAX_PREVIEW));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a rule",
            description = "The template can always change (later occurrences use it); "
                    + "the rhythm (frequency, interval, dayOfMonth, startDate) only before the first occurrence was created "
                    + "(else 409); the end (endDate, count) always. Pausing with active=false skips the dates it is paused "
                    + "for. Send If-Match.")
    ResponseEntity<RuleView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody RulePatch patch) {
        RecurringRule rule = rules.update(caller.tenantId(), id, ifMatch, patch);
        return ETags.ok(rule.getVersion(), view(rule));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a rule", description = "What it already created stays, unlinked from it.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        rules.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private RuleView view(RecurringRule rule) {
        RecurringRule.Template template = rule.template();
        Recurrence recurrence = rule.recurrence();
        return new RuleView(
                rule.getId(),
                rule.getKind(),
                template.money().shownAmount(),
                template.money().currencyCode(),
                template.categoryId(),
                template.description(),
                template.counterparty(),
                template.paymentMethod(),
                template.tags(),
                recurrence.frequency(),
                recurrence.interval(),
                recurrence.dayOfMonth(),
                recurrence.start(),
                recurrence.end(),
                recurrence.count(),
                rule.isActive(),
                rule.getNextDate(),
                rule.getCreatedAt(),
                rule.getUpdatedAt(),
                rule.getVersion());
    }

    record RuleView(
            UUID id,
            Kind type,
            BigDecimal amount,
            String currency,
            UUID categoryId,
            String description,
            String counterparty,
            PaymentMethod paymentMethod,
            List<String> tags,
            Frequency frequency,
            int interval,
            Integer dayOfMonth,
            LocalDate startDate,
            LocalDate endDate,
            Integer count,
            boolean active,

            @Schema(description = "The next date an occurrence is due; null once the rule has ended")
            LocalDate nextDate,

            Instant createdAt,
            Instant updatedAt,
            long version) {}

    record OccurrencesView(UUID ruleId, LocalDate from, LocalDate to, List<LocalDate> dates) {}
}
