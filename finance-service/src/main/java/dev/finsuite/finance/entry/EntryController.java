package dev.finsuite.finance.entry;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.finance.support.Kind;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The endpoints expenses and income share; each subclass names its path, request bodies and view. */
abstract class EntryController<N extends EntryInput, P extends EntryPatch, V> {

    private static final Map<String, String> SORTABLE =
            Map.of("date", "entryDate", "amount", "amount", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final Kind kind;
    private final String path;
    private final Entries entries;
    private final IdempotentRequests idempotent;

    EntryController(Kind kind, String path, Entries entries, IdempotentRequests idempotent) {
        this.kind = kind;
        this.path = path;
        this.entries = entries;
        this.idempotent = idempotent;
    }

    abstract V view(Entry entry);

    @PostMapping
    @Operation(
            summary = "Record one",
            description = "Stored with its amount in your base currency, converted by "
                    + "market-service at its date; when no rate can be had it is saved as PENDING and completed later. "
                    + "Send an Idempotency-Key to make retries safe.")
    ResponseEntity<?> create(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody N request) {
        Entries.Draft draft = entries.draft(caller.tenantId(), request);
        return idempotent.once(idempotencyKey, "POST " + path, request, () -> {
            Entry entry = entries.create(caller.tenantId(), kind, draft);
            return ETags.created(path + "/" + entry.getId(), entry.getVersion(), view(entry));
        });
    }

    @GetMapping
    @Operation(
            summary = "List, filtered and paged",
            description =
                    "Filter by date range (from, to), categoryId "
                            + "(its sub-categories included), tag, amount range (minAmount, maxAmount), currency and q (text in the "
                            + "description or payee/source). Sort by date, amount, createdAt or updatedAt; newest first by default.")
    PageResponse<V> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID categoryId,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) BigDecimal minAmount,
            @RequestParam(required = false) BigDecimal maxAmount,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String q,
            PageQuery paging) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("from", "must not be after to");
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new ValidationException("minAmount", "must not be more than maxAmount");
        }
        var pageable = paging.pageable(
                SORTABLE,
                Sort.by(Sort.Direction.DESC, "entryDate")
                        .and(Sort.by(Sort.Direction.DESC, "createdAt"))
                        .and(Sort.by("id")));
        EntrySearch search = new EntrySearch(from, to, categoryId, tag, minAmount, maxAmount, currency, q);
        return PageResponse.of(entries.search(caller.tenantId(), kind, search, pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<V> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Entry entry = entries.get(caller.tenantId(), kind, id);
        return ETags.ok(entry.getVersion(), view(entry));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change one",
            description = "Send only what changes, with If-Match carrying the ETag you "
                    + "read (412 if it is stale). Changing amount, currency or date converts the amount again.")
    ResponseEntity<V> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody P patch) {
        Entry entry = entries.update(caller.tenantId(), kind, id, ifMatch, patch);
        return ETags.ok(entry.getVersion(), view(entry));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        entries.delete(caller.tenantId(), kind, id, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
