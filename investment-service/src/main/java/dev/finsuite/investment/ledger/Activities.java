package dev.finsuite.investment.ledger;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.investment.account.Accounts;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.ledger.LedgerFailures.ActivityNotFound;
import dev.finsuite.investment.support.LedgerDates;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to the ledger. Each takes the lock of every account it touches (in id order, so two writers never wait on
 * each other crosswise), then checks that the ledger still replays.
 */
@Service
public class Activities {

    static final String AUDIT_TYPE = "investment_activity";

    private final ActivityRepository activities;
    private final Accounts accounts;
    private final LedgerCheck check;
    private final Assets assets;
    private final AuditTrail audit;
    private final Currencies currencies;
    private final LedgerDates dates;

    Activities(
            ActivityRepository activities,
            Accounts accounts,
            LedgerCheck check,
            Assets assets,
            AuditTrail audit,
            Currencies currencies,
            LedgerDates dates) {
        this.currencies = currencies;
        this.dates = dates;
        this.activities = activities;
        this.audit = audit;
        this.accounts = accounts;
        this.check = check;
        this.assets = assets;
    }

    /** Assets first, then accounts, each in id order: the one locking order of every ledger write. */
    private void lock(UUID tenantId, Stream<UUID> assetIds, Stream<UUID> accountIds) {
        assetIds.distinct().sorted().forEach(id -> assets.lock(tenantId, id));
        accountIds.distinct().sorted().forEach(id -> accounts.lock(tenantId, id));
    }

    /** A new activity as asked, with the conversion made for it before the transaction (pending if none). */
    public record Draft(
            Activity.Terms terms, String note, String metadataJson, String importKey, Conversion conversion) {}

    @Transactional
    public Activity create(UUID tenantId, Draft draft) {
        Activity.Terms terms = draft.terms();
        lock(tenantId, Stream.of(terms.assetId()), Stream.of(terms.accountId()));
        Activity activity = new Activity(tenantId, terms, draft.note(), draft.metadataJson(), draft.importKey());
        convert(activity, draft.conversion(), terms);
        activities.saveAndFlush(activity);
        audit.created(AUDIT_TYPE, activity.getId(), activity.snapshot());
        check.require(tenantId, terms.accountId(), terms.assetId());
        return activity;
    }

    /** Several at once (an import): all are written, or none. */
    @Transactional
    public List<Activity> createAll(UUID tenantId, List<Draft> drafts) {
        lock(
                tenantId,
                drafts.stream().map(d -> d.terms().assetId()),
                drafts.stream().map(d -> d.terms().accountId()));
        List<Activity> created = drafts.stream()
                .map(draft -> {
                    Activity activity = new Activity(
                            tenantId, draft.terms(), draft.note(), draft.metadataJson(), draft.importKey());
                    convert(activity, draft.conversion(), draft.terms());
                    return activity;
                })
                .toList();
        activities.saveAllAndFlush(created);
        created.forEach(activity -> audit.created(AUDIT_TYPE, activity.getId(), activity.snapshot()));
        drafts.stream()
                .map(d -> List.of(d.terms().accountId(), d.terms().assetId()))
                .distinct()
                .forEach(pair -> check.require(tenantId, pair.get(0), pair.get(1)));
        return created;
    }

    @Transactional(readOnly = true)
    public Activity get(UUID tenantId, UUID id) {
        return activities.findByIdAndTenantId(id, tenantId).orElseThrow(ActivityNotFound::new);
    }

    @Transactional(readOnly = true)
    Page<Activity> search(
            UUID tenantId,
            @Nullable UUID accountId,
            @Nullable UUID assetId,
            @Nullable ActivityType type,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            Pageable pageable) {
        LocalDate start = from == null ? LedgerDates.EARLIEST : from;
        LocalDate end = to == null ? dates.today() : to;
        dates.requireRange(start, end);
        return activities.search(tenantId, accountId, assetId, type, start, end, pageable);
    }

    /** The change, with a conversion made before the transaction for the terms it will have (or null). */
    public record Change(Activity.Terms terms, String note, String metadataJson, Conversion conversion) {}

    @Transactional
    Activity update(UUID tenantId, UUID id, ExpectedVersion expected, Change change) {
        Activity found = get(tenantId, id);
        Activity.Terms was = found.terms();
        Activity.Terms terms = change.terms();
        lock(tenantId, Stream.of(was.assetId(), terms.assetId()), Stream.of(was.accountId(), terms.accountId()));
        Activity activity = get(tenantId, id);
        expected.check(activity.getVersion());
        Activity.Snapshot before = activity.snapshot();
        if (!was.sameAs(terms)) {
            activity.record(terms);
        }
        activity.annotate(change.note(), change.metadataJson());
        if (change.conversion() != null && activity.isConversionPending()) {
            convert(activity, change.conversion(), terms);
        }
        activities.saveAndFlush(activity);
        audit.updated(AUDIT_TYPE, id, before, activity.snapshot());
        check.require(tenantId, was.accountId(), was.assetId());
        check.require(tenantId, terms.accountId(), terms.assetId());
        return activity;
    }

    @Transactional
    void delete(UUID tenantId, UUID id, ExpectedVersion expected) {
        Activity found = get(tenantId, id);
        lock(tenantId, Stream.of(found.getAssetId()), Stream.of(found.getAccountId()));
        expected.check(found.getVersion());
        activities.delete(found);
        activities.flush();
        audit.deleted(AUDIT_TYPE, id, found.snapshot());
        check.require(tenantId, found.getAccountId(), found.getAssetId());
    }

    /** Completes a conversion that was pending, if the activity still has the terms it was made for. */
    @Transactional
    public void completeConversion(UUID tenantId, UUID id, Conversion conversion, Money madeFor, LocalDate date) {
        activities
                .findByIdAndTenantId(id, tenantId)
                .filter(Activity::isConversionPending)
                .ifPresent(activity -> activity.convert(conversion, base(conversion), madeFor, date));
    }

    /** Applies a conversion made beforehand for {@code terms} (the activity ignores one made for other terms). */
    private void convert(Activity activity, Conversion conversion, Activity.Terms terms) {
        activity.convert(conversion, base(conversion), terms.gross(), terms.date());
    }

    /** The base currency a conversion names; a pending one may name it too, so the view can say which. */
    private Currency base(Conversion conversion) {
        return conversion.baseCurrency() == null ? null : currencies.requireStored(conversion.baseCurrency());
    }

    /** Up to {@code limit} activities still without a conversion, oldest first, after (day, id) when given. */
    @Transactional(readOnly = true)
    public List<Activity> pendingConversions(UUID tenantId, LocalDate afterDate, UUID afterId, int limit) {
        Pageable first = PageRequest.of(0, limit);
        return afterDate == null
                ? activities.pendingConversions(tenantId, first)
                : activities.pendingConversionsAfter(tenantId, afterDate, afterId, first);
    }
}
