package dev.finsuite.finance.entry;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.finance.entry.EntryFailures.NoSuchRecurringRule;
import dev.finsuite.finance.entry.EntryFailures.OccurrenceKeepsItsRule;
import dev.finsuite.finance.support.FinanceCaches;
import dev.finsuite.finance.support.Kind;
import dev.finsuite.finance.support.Tags;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expenses and income: recorded, corrected and removed, each write forgetting the tenant's cached summaries.
 * Amounts are converted to the base currency before a write's transaction, so no database connection waits on
 * market-service.
 */
@Service
public class Entries {

    private final EntryRepository entries;
    private final EntryFields fields;
    private final Converter converter;
    private final Categories categories;
    private final Currencies currencies;
    private final FinanceCaches caches;
    private final AuditTrail audit;
    private final RecordedEntries recorded;
    private final TransactionTemplate writes;

    Entries(
            EntryRepository entries,
            EntryFields fields,
            Converter converter,
            Categories categories,
            Currencies currencies,
            FinanceCaches caches,
            AuditTrail audit,
            RecordedEntries recorded,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.fields = fields;
        this.converter = converter;
        this.categories = categories;
        this.currencies = currencies;
        this.caches = caches;
        this.audit = audit;
        this.recorded = recorded;
        this.writes = new TransactionTemplate(transactions);
    }

    /** A new entry checked, cleaned and converted, ready for {@link #create}; no transaction is open meanwhile. */
    Draft draft(UUID tenantId, EntryInput input) {
        EntryDetails details = fields.create(input);
        return new Draft(
                details,
                converter.toBase(
                        tenantId,
                        details.money().currencyCode(),
                        details.money().amount(),
                        details.date()));
    }

    @Transactional
    Entry create(UUID tenantId, Kind kind, Draft draft) {
        requireReferences(tenantId, kind, draft.details());
        Entry entry = entries.save(new Entry(tenantId, kind, draft.details(), draft.conversion()));
        entries.flush();
        audit.created(entry.auditType(), entry.getId(), entry.snapshot());
        caches.moneyChanged();
        recorded.recordedByUser(kind);
        return entry;
    }

    @Transactional(readOnly = true)
    Entry get(UUID tenantId, Kind kind, UUID id) {
        return entries.findByIdAndTenantIdAndKind(id, tenantId, kind).orElseThrow(() -> EntryFailures.notFound(kind));
    }

    @Transactional(readOnly = true)
    Page<Entry> search(UUID tenantId, Kind kind, EntrySearch search, Pageable pageable) {
        EntryFilter filter = new EntryFilter(
                search.from(),
                search.to(),
                search.categoryId() == null ? null : categories.withChildren(tenantId, search.categoryId()),
                isBlank(search.tag())
                        ? null
                        : Tags.normalise(java.util.List.of(search.tag())).get(0),
                search.minAmount(),
                search.maxAmount(),
                isBlank(search.currency()) ? null : currencies.requireKnown("currency", search.currency()),
                isBlank(search.q()) ? null : search.q().strip().toLowerCase(Locale.ROOT));
        return entries.findAll(filter.toSpecification(tenantId, kind), pageable);
    }

    /**
     * Applies {@code patch} to the entry. When amount, currency or date change, the new amount is converted first,
     * outside the transaction; the write then takes the row lock and merges the patch onto what is stored, and if
     * the row changed in between (so the conversion was for other values) the amount is left pending instead.
     */
    Entry update(UUID tenantId, Kind kind, UUID id, ExpectedVersion expected, EntryPatch patch) {
        EntryDetails current = get(tenantId, kind, id).details();
        EntryDetails target = patch.mergeOnto(current, fields);
        Conversion conversion = target.needsNewConversion(current)
                ? converter.toBase(
                        tenantId, target.money().currencyCode(), target.money().amount(), target.date())
                : null;
        return writes.execute(status -> revise(
                tenantId,
                kind,
                id,
                expected,
                stored -> patch.mergeOnto(stored, fields),
                conversion,
                conversion == null ? null : target));
    }

    private Entry revise(
            UUID tenantId,
            Kind kind,
            UUID id,
            ExpectedVersion expected,
            UnaryOperator<EntryDetails> change,
            Conversion conversion,
            EntryDetails convertedFor) {
        Entry entry = entries.lock(id, tenantId, kind).orElseThrow(() -> EntryFailures.notFound(kind));
        expected.check(entry.getVersion());
        EntryDetails revised = change.apply(entry.details());
        if (entry.getOccurrenceDate() != null
                && !Objects.equals(revised.recurringRuleId(), entry.getRecurringRuleId())) {
            throw new OccurrenceKeepsItsRule();
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
    void delete(UUID tenantId, Kind kind, UUID id, ExpectedVersion expected) {
        Entry entry = entries.lock(id, tenantId, kind).orElseThrow(() -> EntryFailures.notFound(kind));
        expected.check(entry.getVersion());
        entries.delete(entry);
        audit.deleted(entry.auditType(), entry.getId(), entry.snapshot());
        caches.moneyChanged();
    }

    private void requireReferences(UUID tenantId, Kind kind, EntryDetails details) {
        categories.requireUsable(tenantId, details.categoryId(), kind, "categoryId");
        if (details.recurringRuleId() != null
                && !entries.ruleExists(details.recurringRuleId(), tenantId, kind.name())) {
            throw new NoSuchRecurringRule(kind);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A new entry ready to be written: its details and their base-currency conversion. */
    record Draft(EntryDetails details, Conversion conversion) {}
}
