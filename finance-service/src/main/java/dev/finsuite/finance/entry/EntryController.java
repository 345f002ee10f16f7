package dev.finsuite.finance.entry;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.finance.support.Kind;
import dev.finsuite.common.data.Metadata;
import dev.finsuite.finance.support.Tags;

/** The endpoints expenses and income share; each subclass names its path, request body and view. */
abstract class EntryController<R extends EntryInput, V> {

    private static final Map<String, String> SORTABLE = Map.of("date", "entryDate", "amount", "amount",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final Kind kind;
    private final String path;
    private final Entries entries;
    private final Categories categories;
    private final EntryDrafts drafts;
    private final Converter converter;
    private final IdempotentRequests idempotent;
    protected final Currencies currencies;
    protected final Metadata metadata;

    EntryController(Kind kind, String path, EntryServices services) {
        this.kind = kind;
        this.path = path;
        this.entries = services.entries();
        this.categories = services.categories();
        this.drafts = services.drafts();
        this.converter = services.converter();
        this.idempotent = services.idempotent();
        this.currencies = services.currencies();
        this.metadata = services.metadata();
    }

    abstract V view(Entry entry);

    @PostMapping
    @Operation(summary = "Record one", description = "Stored with its amount in your base currency, converted by "
            + "market-service at its date; when no rate can be had it is saved as PENDING and completed later. "
            + "Send an Idempotency-Key to make retries safe.")
    ResponseEntity<?> create(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody R request) {
        EntryDetails details = drafts.complete(request);
        // Converted before the write's transaction, so no database connection waits on market-service.
        Conversion conversion = converter.toBase(caller.tenantId(), details.currency(), details.amount(), details.date());
        return idempotent.once(idempotencyKey, "POST " + path, request, () -> {
            Entry entry = entries.create(caller.tenantId(), kind, details, conversion);
            return ResponseEntity.created(URI.create(path + "/" + entry.getId()))
                    .eTag(ETags.of(entry.getVersion())).body(view(entry));
        });
    }

    @GetMapping
    @Operation(summary = "List, filtered and paged", description = "Filter by date range (from, to), categoryId "
            + "(its sub-categories included), tag, amount range (minAmount, maxAmount), currency and q (text in the "
            + "description or payee/source). Sort by date, amount, createdAt or updatedAt; newest first by default.")
    PageResponse<V> list(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID categoryId, @RequestParam(required = false) String tag,
            @RequestParam(required = false) BigDecimal minAmount, @RequestParam(required = false) BigDecimal maxAmount,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("from", "must not be after to");
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new ValidationException("minAmount", "must not be more than maxAmount");
        }
        var pageable = Paging.pageable(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "entryDate").and(Sort.by(Sort.Direction.DESC, "createdAt")).and(Sort.by("id")));
        EntryFilter filter = new EntryFilter(from, to,
                categoryId == null ? null : categories.withChildren(caller.tenantId(), categoryId),
                tag == null || tag.isBlank() ? null : Tags.normalise(java.util.List.of(tag)).get(0),
                minAmount, maxAmount,
                currency == null || currency.isBlank() ? null : currencies.requireKnown("currency", currency).code(),
                q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT));
        return PageResponse.of(entries.search(caller.tenantId(), kind, filter, pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<V> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Entry entry = entries.get(caller.tenantId(), kind, id);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(view(entry));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change one", description = "Send only what changes, with If-Match carrying the ETag you "
            + "read (412 if it is stale). Changing amount, currency or date converts the amount again.")
    ResponseEntity<V> update(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody R patch) {
        EntryDetails current = entries.get(caller.tenantId(), kind, id).details();
        EntryDetails target = drafts.merge(current, patch);
        Conversion conversion = target.needsNewConversion(current)
                ? converter.toBase(caller.tenantId(), target.currency(), target.amount(), target.date())
                : null;
        Entry entry = entries.update(caller.tenantId(), kind, id, ifMatch, stored -> drafts.merge(stored, patch),
                conversion, conversion == null ? null : target);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(view(entry));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        entries.delete(caller.tenantId(), kind, id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    EntryViews.ConversionView conversion(Entry entry) {
        Conversion conversion = entry.conversion();
        return EntryViews.ConversionView.of(conversion,
                currencies.shown(conversion.baseAmount(), conversion.baseCurrency()));
    }
}
