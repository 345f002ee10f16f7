package dev.finsuite.finance.entry;

import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.finance.support.FinanceCaches;
import dev.finsuite.finance.support.Kind;

/** Expenses and income: recorded, corrected and removed, each write forgetting the tenant's cached summaries. */
@Service
public class Entries {

    private final EntryRepository entries;
    private final Categories categories;
    private final FinanceCaches caches;
    private final AuditTrail audit;
    private final RecordedEntries recorded;

    Entries(EntryRepository entries, Categories categories, FinanceCaches caches, AuditTrail audit,
            RecordedEntries recorded) {
        this.entries = entries;
        this.categories = categories;
        this.caches = caches;
        this.audit = audit;
        this.recorded = recorded;
    }

    @Transactional
    Entry create(UUID tenantId, Kind kind, EntryDetails details, Conversion conversion) {
        requireReferences(tenantId, kind, details);
        Entry entry = entries.save(new Entry(tenantId, kind, details, conversion));
        entries.flush();
        audit.created(entry.auditType(), entry.getId(), entry.snapshot());
        caches.moneyChanged();
        recorded.recordedByUser(kind);
        return entry;
    }

    @Transactional(readOnly = true)
    Entry get(UUID tenantId, Kind kind, UUID id) {
        return entries.findByIdAndTenantIdAndKind(id, tenantId, kind).orElseThrow(() -> notFound(kind));
    }

    @Transactional(readOnly = true)
    Page<Entry> search(UUID tenantId, Kind kind, EntryFilter filter, Pageable pageable) {
        return entries.findAll(filter.toSpecification(tenantId, kind), pageable);
    }

    /**
     * Applies {@code change} to the stored details under a row lock. {@code conversion} was obtained, before the
     * transaction, for {@code convertedFor}; if the row changed in between, the amount is left pending instead.
     */
    @Transactional
    Entry update(UUID tenantId, Kind kind, UUID id, String ifMatch, UnaryOperator<EntryDetails> change,
            Conversion conversion, EntryDetails convertedFor) {
        Entry entry = entries.lock(id, tenantId, kind).orElseThrow(() -> notFound(kind));
        ETags.requireMatch(ifMatch, entry.getVersion());
        EntryDetails revised = change.apply(entry.details());
        if (entry.getOccurrenceDate() != null
                && !java.util.Objects.equals(revised.recurringRuleId(), entry.getRecurringRuleId())) {
            throw new ValidationException("recurringRuleId", "this entry is an occurrence its rule created; "
                    + "its rule cannot change");
        }
        requireReferences(tenantId, kind, revised);
        Entry.Snapshot before = entry.snapshot();
        entry.revise(revised, conversion, convertedFor);
        Entry saved = entries.save(entry);
        entries.flush();
        audit.updated(saved.auditType(), saved.getId(), before, saved.snapshot());
        caches.moneyChanged();
        return saved;
    }

    @Transactional
    void delete(UUID tenantId, Kind kind, UUID id, String ifMatch) {
        Entry entry = entries.lock(id, tenantId, kind).orElseThrow(() -> notFound(kind));
        ETags.requireMatch(ifMatch, entry.getVersion());
        entries.delete(entry);
        audit.deleted(entry.auditType(), entry.getId(), entry.snapshot());
        caches.moneyChanged();
    }

    private void requireReferences(UUID tenantId, Kind kind, EntryDetails details) {
        categories.requireUsable(tenantId, details.categoryId(), kind, "categoryId");
        if (details.recurringRuleId() != null && !entries.ruleExists(details.recurringRuleId(), tenantId, kind.name())) {
            throw new ValidationException("recurringRuleId", "no such " + kind.name().toLowerCase() + " recurring rule");
        }
    }

    private static NotFoundException notFound(Kind kind) {
        return new NotFoundException(kind == Kind.EXPENSE ? "No such expense" : "No such income");
    }
}
