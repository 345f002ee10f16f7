package dev.finsuite.investment.portfolio;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.investment.account.Account;
import dev.finsuite.investment.account.AccountRepository;
import dev.finsuite.investment.account.Accounts;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.ledger.Splits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a tenant's ledger (all accounts, or one) in one read-only transaction and replays it. A replay is kept
 * until the ledger changes: each read first asks the database for a one-row fingerprint of everything a replay
 * depends on (activities, splits, accounts and their methods, assets, the base currency), so a dashboard read
 * again replays nothing, every replica sees a write at once, and no figure is ever older than the ledger.
 */
@Component
class Books {

    private final AccountRepository accounts;
    private final Accounts accountLookup;
    private final Assets assets;
    private final JdbcTemplate jdbc;
    private final Splits splits;
    private final BaseCurrencies baseCurrencies;
    /**
     * Weighed by rows, so a few very large households cannot crowd the heap; unread for ten minutes, dropped. A
     * replayed row costs an estimated 600 bytes (the row, its trade, timelines, lots and realisations), so 100,000
     * rows are about 60 MiB of a 256 MiB heap; at 400,000, five 20,000-row books and their price histories left the
     * heap full and the service collecting (bench/README.md, 2026-12-07).
     */
    private final Cache<BookKey, Replayed> replayed = Caffeine.newBuilder()
            .maximumWeight(100_000)
            .weigher((BookKey key, Replayed value) -> value.rows() + 1)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    private record BookKey(UUID tenantId, UUID accountId) {}

    private record Replayed(String fingerprint, Book book, int rows) {}

    /** False only to measure a replay on every read (bench/investment/run.sh's uncached runs); true in service. */
    private final boolean keepReplays;

    Books(
            AccountRepository accounts,
            Accounts accountLookup,
            Assets assets,
            JdbcTemplate jdbc,
            Splits splits,
            BaseCurrencies baseCurrencies,
            @Value("${finsuite.investment.keep-replays:true}") boolean keepReplays) {
        this.keepReplays = keepReplays;
        this.accounts = accounts;
        this.accountLookup = accountLookup;
        this.assets = assets;
        this.jdbc = jdbc;
        this.splits = splits;
        this.baseCurrencies = baseCurrencies;
    }

    /**
     * The columns a replay needs, as plain values: numerics without their column's trailing zeros (trim_scale), so a
     * quantity of 100.0000000000 arrives as 100 and quantity x price stays in BigDecimal's long arithmetic instead of
     * 20-decimal products; the creation time as the replay's tie-break sequence (microseconds since the epoch, what
     * the timestamp was turned into here before). Same values, less decoding and cheaper sums.
     */
    private List<LedgerRow> rows(UUID tenantId, UUID accountId) {
        String sql = """
                select id, account_id, asset_id, activity_type, activity_date, trim_scale(quantity),
                       trim_scale(unit_price), trim_scale(fee), trim_scale(tax), base_currency, trim_scale(fx_rate),
                       (extract(epoch from created_at) * 1000000)::bigint
                  from investment_activities where tenant_id = ?""" + (accountId == null ? "" : " and account_id = ?");
        Object[] arguments = accountId == null ? new Object[] {tenantId} : new Object[] {tenantId, accountId};
        return jdbc.query(
                sql,
                (row, i) -> new LedgerRow(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class),
                        ActivityType.valueOf(row.getString(4)),
                        row.getObject(5, LocalDate.class),
                        row.getBigDecimal(6),
                        row.getBigDecimal(7),
                        row.getBigDecimal(8),
                        row.getBigDecimal(9),
                        row.getString(10),
                        row.getBigDecimal(11),
                        row.getLong(12)),
                arguments);
    }

    public String baseCurrency(UUID tenantId) {
        return baseCurrencies.of(tenantId);
    }

    @Transactional(readOnly = true)
    public Book of(UUID tenantId, UUID accountId) {
        String fingerprint = fingerprint(tenantId);
        BookKey key = new BookKey(tenantId, accountId);
        Replayed kept = keepReplays ? replayed.getIfPresent(key) : null;
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            return kept.book();
        }
        List<Account> scope = accountId == null
                ? accounts.findAllByTenantIdOrderByName(tenantId)
                : List.of(accountLookup.get(tenantId, accountId));
        List<LedgerRow> rows = rows(tenantId, accountId);
        Set<UUID> assetIds = new HashSet<>();
        rows.forEach(row -> assetIds.add(row.assetId()));
        Map<UUID, Asset> held = assets.byId(tenantId, assetIds);
        Book book = Book.replay(
                baseCurrencies.of(tenantId),
                scope.stream().collect(Collectors.toMap(Account::getId, Function.identity())),
                held,
                rows,
                splits.byAsset(tenantId));
        if (keepReplays) {
            replayed.put(key, new Replayed(fingerprint, book, rows.size()));
        }
        return book;
    }

    /**
     * What a replay depends on, in one row: any insert, update or delete of an activity, split, account or asset
     * changes a count or a latest timestamp or version (an update stamps updated_at; an insert after a delete is
     * newer than what was there), and the base currency is part of it.
     */
    private String fingerprint(UUID tenantId) {
        return jdbc.queryForObject("""
                select concat_ws('|',
                  (select count(*) || ':' || coalesce(max(updated_at)::text, '') from investment_activities where tenant_id = ?),
                  (select count(*) || ':' || coalesce(max(created_at)::text, '') from investment_splits where tenant_id = ?),
                  (select count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0)
                     from investment_accounts where tenant_id = ?),
                  (select count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0)
                     from investment_assets where tenant_id = ?))""", String.class, tenantId, tenantId, tenantId, tenantId) + "|"
                + baseCurrencies.of(tenantId);
    }
}
