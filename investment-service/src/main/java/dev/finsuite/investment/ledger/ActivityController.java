package dev.finsuite.investment.ledger;

import dev.finsuite.common.conversion.ConversionView;
import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.ledger.ActivityRequests.ActivityPatch;
import dev.finsuite.investment.ledger.ActivityRequests.NewActivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/investments/activities")
@Tag(
        name = "Investment activities",
        description = "The ledger: buys, sells, dividends, interest, fees, taxes "
                + "and transfers, from which every holding and figure is replayed")
class ActivityController {

    private static final Map<String, String> SORTABLE = Map.of("date", "activityDate", "createdAt", "createdAt");

    private final Activities activities;
    private final ActivityDrafts drafts;
    private final Metadata metadata;
    private final IdempotentRequests idempotency;

    ActivityController(
            Activities activities, ActivityDrafts drafts, Metadata metadata, IdempotentRequests idempotency) {
        this.activities = activities;
        this.drafts = drafts;
        this.metadata = metadata;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(
            summary = "Record an activity",
            description = "Amounts in the asset's currency. A sell or transfer "
                    + "out of more than is held at that date is a 422 insufficient_quantity. The gross amount is converted "
                    + "to the base currency at the activity's date (PENDING when market-service has no rate). Send an "
                    + "Idempotency-Key so a retry cannot record it twice.")
    ResponseEntity<?> create(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
            @Valid @RequestBody NewActivity request) {
        Activities.Draft draft = drafts.draft(caller.tenantId(), request.input(), null, null);
        return idempotency.once(key, "POST /api/v1/investments/activities", request, () -> {
            Activity activity = activities.create(caller.tenantId(), draft);
            return ETags.created(
                    "/api/v1/investments/activities/" + activity.getId(), activity.getVersion(), view(activity));
        });
    }

    @GetMapping
    @Operation(
            summary = "List activities",
            description = "Filter by accountId, assetId, type and a from/to date "
                    + "range; sort by date (default, newest first) or createdAt.")
    PageResponse<ActivityView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) UUID accountId,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) ActivityType type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            PageQuery paging) {
        var pageable = paging.pageable(
                SORTABLE,
                Sort.by(Sort.Direction.DESC, "activityDate")
                        .and(Sort.by(Sort.Direction.DESC, "createdAt"))
                        .and(Sort.by("id")));
        return PageResponse.of(
                activities.search(caller.tenantId(), accountId, assetId, type, from, to, pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<ActivityView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Activity activity = activities.get(caller.tenantId(), id);
        return ETags.ok(activity.getVersion(), view(activity));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change an activity",
            description = "Absent fields stay. Refused with 422 "
                    + "insufficient_quantity when a later sell would then give up more than is held. A changed amount, "
                    + "currency or date converts again. Send If-Match with the ETag you read.")
    ResponseEntity<ActivityView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody ActivityPatch patch) {
        Activity activity = drafts.amend(caller.tenantId(), id, ifMatch, patch);
        return ETags.ok(activity.getVersion(), view(activity));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete an activity",
            description = "Refused with 422 insufficient_quantity when a later " + "sell depends on it.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        activities.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private ActivityView view(Activity activity) {
        Activity.Terms terms = activity.terms();
        Money inBase = activity.baseAmount();
        return new ActivityView(
                activity.getId(),
                terms.accountId(),
                terms.assetId(),
                terms.type(),
                terms.date(),
                terms.quantity().stripTrailingZeros().toPlainString(),
                terms.unitPrice().stripTrailingZeros().toPlainString(),
                terms.fee().amount(),
                terms.tax().amount(),
                terms.gross().shownAmount(),
                terms.currency().code(),
                activity.getNote(),
                metadata.read(activity.getMetadata()),
                ConversionView.of(activity.conversion(), inBase == null ? null : inBase.shownAmount()),
                activity.getCreatedAt(),
                activity.getUpdatedAt(),
                activity.getVersion());
    }

    /** quantity and unitPrice as exact decimal strings without trailing zeros; gross = quantity × unitPrice. */
    record ActivityView(
            UUID id,
            UUID accountId,
            UUID assetId,
            ActivityType type,
            LocalDate date,
            String quantity,
            String unitPrice,
            BigDecimal fee,
            BigDecimal tax,
            BigDecimal gross,
            String currency,
            String note,
            JsonNode metadata,
            ConversionView conversion,
            Instant createdAt,
            Instant updatedAt,
            long version) {}
}
