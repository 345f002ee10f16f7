package dev.finsuite.finance.recurring;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import dev.finsuite.finance.entry.PaymentMethod;
import dev.finsuite.finance.support.Kind;
import dev.finsuite.finance.support.Required;
import dev.finsuite.finance.support.SensibleDates;
import dev.finsuite.finance.support.Tags;
import dev.finsuite.common.web.Text;

@RestController
@RequestMapping("/api/v1/recurring-rules")
@Tag(name = "Recurring rules", description = "Expenses and income that repeat, created on their dates by a job")
class RecurringRuleController {

    private static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "nextDate", "nextDate",
            "amount", "amount", "createdAt", "createdAt");
    private static final int MAX_PREVIEW = 1000;
    /** Occurrence arithmetic stays far from LocalDate's limits. */
    private static final LocalDate LAST_PREVIEWABLE = LocalDate.of(9999, 12, 31);

    private final RecurringRules rules;
    private final Currencies currencies;
    private final RecurringLimits limits;

    RecurringRuleController(RecurringRules rules, Currencies currencies, RecurringLimits limits) {
        this.rules = rules;
        this.currencies = currencies;
        this.limits = limits;
    }

    @PostMapping
    @Operation(summary = "Create a recurring rule", description = "Occurrences due from startDate up to today are "
            + "created by the next job runs (each run creates a bounded number per rule and per household, 100 and 500 "
            + "by default, so a long backlog takes a few minutes), later ones on their dates. startDate may be at "
            + "most ten years ago (by default) and five years ahead. dayOfMonth (MONTHLY and YEARLY) defaults to the start date's day; 29-31 fall on the "
            + "last day of shorter months.")
    ResponseEntity<RuleView> create(@AuthenticationPrincipal AuthenticatedUser caller,
            @Valid @RequestBody RuleRequest request) {
        request.requireComplete();
        RecurringRule rule = rules.create(caller.tenantId(), request.type(), template(request, null),
                recurrence(request, null), request.active() == null || request.active());
        return ResponseEntity.created(URI.create("/api/v1/recurring-rules/" + rule.getId()))
                .eTag(ETags.of(rule.getVersion())).body(view(rule));
    }

    @GetMapping
    @Operation(summary = "List recurring rules", description = "Filter by type and active; sort by startDate, "
            + "nextDate, amount or createdAt.")
    PageResponse<RuleView> list(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Kind type, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        var pageable = Paging.pageable(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        return PageResponse.of(rules.search(caller.tenantId(), type, active, pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<RuleView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        RecurringRule rule = rules.get(caller.tenantId(), id);
        return ResponseEntity.ok().eTag(ETags.of(rule.getVersion())).body(view(rule));
    }

    @GetMapping("/{id}/occurrences")
    @Operation(summary = "Preview a rule's dates", description = "The dates it falls on from 'from' to 'to' "
            + "(inclusive, at most 1000, at most ten years apart), whether or not they were created yet.")
    OccurrencesView occurrences(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
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
        RecurringRule rule = rules.get(caller.tenantId(), id);
        return new OccurrencesView(rule.getId(), from, to, rule.recurrence().between(from, to, MAX_PREVIEW));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a rule", description = "The template can always change (later occurrences use it); "
            + "the rhythm (frequency, interval, dayOfMonth, startDate) only before the first occurrence was created "
            + "(else 409); the end (endDate, count) always. Pausing with active=false skips the dates it is paused "
            + "for. Send If-Match.")
    ResponseEntity<RuleView> update(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RuleRequest patch) {
        if (patch.type() != null) {
            throw new ValidationException("type", "cannot change; create a new rule instead");
        }
        RecurringRule rule = rules.update(caller.tenantId(), id, ifMatch, stored -> {
            stored.use(template(patch, stored.template()));
            stored.reschedule(recurrence(patch, stored.recurrence()));
            if (patch.active() != null) {
                stored.activate(patch.active(), rules.today());
            }
        });
        return ResponseEntity.ok().eTag(ETags.of(rule.getVersion())).body(view(rule));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a rule", description = "What it already created stays, unlinked from it.")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        rules.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private RecurringRule.Template template(RuleRequest request, RecurringRule.Template was) {
        String currency = request.currency() == null ? was.currency()
                : currencies.requireActive("currency", request.currency()).code();
        BigDecimal amount = request.amount() == null ? was.amount() : request.amount();
        currencies.requireFits("amount", amount, currency);
        return new RecurringRule.Template(amount, currency,
                request.categoryId() == null ? was.categoryId() : request.categoryId(),
                request.description() == null ? (was == null ? null : was.description()) : Text.clean(request.description()),
                request.counterparty() == null ? (was == null ? null : was.counterparty()) : Text.clean(request.counterparty()),
                request.paymentMethod() == null ? (was == null ? null : was.paymentMethod()) : request.paymentMethod(),
                request.tags() == null ? (was == null ? List.of() : was.tags()) : Tags.normalise(request.tags()));
    }

    private Recurrence recurrence(RuleRequest request, Recurrence was) {
        Frequency frequency = request.frequency() == null ? was.frequency() : request.frequency();
        int interval = request.interval() == null ? (was == null ? 1 : was.interval()) : request.interval();
        Integer day = request.dayOfMonth() == null ? (was == null ? null : was.dayOfMonth()) : request.dayOfMonth();
        LocalDate start = request.startDate() == null ? was.start() : start(request.startDate());
        LocalDate end = request.endDate() == null ? (was == null ? null : was.end()) : request.endDate();
        Integer count = request.count() == null ? (was == null ? null : was.count()) : request.count();
        if (day != null && (frequency == Frequency.DAILY || frequency == Frequency.WEEKLY)) {
            throw new ValidationException("dayOfMonth", "applies only to MONTHLY and YEARLY rules");
        }
        if (end != null && end.isBefore(start)) {
            throw new ValidationException("endDate", "must not be before startDate");
        }
        return new Recurrence(frequency, interval, day, start, end, count);
    }

    /**
     * Every past occurrence of a new rule is back-filled, so how far back it may start is bounded by the
     * back-fill limit (ten years by default), not by 1900 as an expense's date is. A user who sets a start
     * decades ago has almost always mistyped the year (1926 for 2026) and would not want tens of thousands of
     * rows; one who really has older history imports it as expenses. Refusing here tells them at once, naming
     * the earliest start, where accepting would fill their ledger over hours of job runs. A rule stored before
     * this limit keeps its start; the job's per-run bounds work its backlog off without delaying anyone else.
     */
    private LocalDate start(LocalDate requested) {
        LocalDate today = rules.today();
        return SensibleDates.require("startDate", requested, today.minus(limits.maxBackfill()), today.plusYears(5));
    }

    private RuleView view(RecurringRule rule) {
        RecurringRule.Template template = rule.template();
        Recurrence recurrence = rule.recurrence();
        return new RuleView(rule.getId(), rule.getKind(), currencies.shown(template.amount(), template.currency()),
                template.currency(), template.categoryId(), template.description(), template.counterparty(),
                template.paymentMethod(), template.tags(), recurrence.frequency(), recurrence.interval(),
                recurrence.dayOfMonth(), recurrence.start(), recurrence.end(), recurrence.count(), rule.isActive(),
                rule.getNextDate(), rule.getCreatedAt(), rule.getUpdatedAt(), rule.getVersion());
    }

    @Schema(description = "On create, type, amount, currency, categoryId, frequency and startDate are required; "
            + "interval defaults to 1 and active to true. counterparty is the payee or source. On PATCH, send only "
            + "what changes.",
            example = """
                    {"type": "EXPENSE", "amount": "25000", "currency": "INR",
                     "categoryId": "00000000-0000-4000-8000-000000000105", "description": "Rent",
                     "counterparty": "Landlord", "paymentMethod": "BANK_TRANSFER", "tags": ["home"],
                     "frequency": "MONTHLY", "interval": 1, "dayOfMonth": 31, "startDate": "2026-01-31",
                     "count": 24, "active": true}""")
    record RuleRequest(Kind type,
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            String currency, UUID categoryId, @Size(max = 1000) String description, @Size(max = 200) String counterparty,
            PaymentMethod paymentMethod, @Size(max = Tags.MAX_TAGS) List<String> tags, Frequency frequency,
            @Min(1) @Max(366) Integer interval, @Min(1) @Max(31) Integer dayOfMonth, LocalDate startDate,
            LocalDate endDate, @Min(1) @Max(100000) Integer count, Boolean active) {

        void requireComplete() {
            Required.fields().field("type", type).field("amount", amount).field("currency", currency)
                    .field("categoryId", categoryId).field("frequency", frequency).field("startDate", startDate).check();
        }
    }

    record RuleView(UUID id, Kind type, BigDecimal amount, String currency, UUID categoryId, String description,
            String counterparty, PaymentMethod paymentMethod, List<String> tags, Frequency frequency, int interval,
            Integer dayOfMonth, LocalDate startDate, LocalDate endDate, Integer count, boolean active,
            @Schema(description = "The next date an occurrence is due; null once the rule has ended") LocalDate nextDate,
            Instant createdAt, Instant updatedAt, long version) {
    }

    record OccurrencesView(UUID ruleId, LocalDate from, LocalDate to, List<LocalDate> dates) {
    }
}
