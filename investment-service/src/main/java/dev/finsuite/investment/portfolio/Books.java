package dev.finsuite.investment.portfolio;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.investment.account.Account;
import dev.finsuite.investment.account.AccountRepository;
import dev.finsuite.investment.account.Accounts;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.ledger.Splits;

/** Reads a tenant's ledger (all accounts, or one) in one read-only transaction and replays it. */
@Component
class Books {

    private final AccountRepository accounts;
    private final Accounts accountLookup;
    private final Assets assets;
    private final JdbcTemplate jdbc;
    private final Splits splits;
    private final BaseCurrencies baseCurrencies;

    Books(AccountRepository accounts, Accounts accountLookup, Assets assets, JdbcTemplate jdbc,
            Splits splits, BaseCurrencies baseCurrencies) {
        this.accounts = accounts;
        this.accountLookup = accountLookup;
        this.assets = assets;
        this.jdbc = jdbc;
        this.splits = splits;
        this.baseCurrencies = baseCurrencies;
    }

    private List<LedgerRow> rows(UUID tenantId, UUID accountId) {
        String sql = """
                select id, account_id, asset_id, activity_type, activity_date, quantity, unit_price, fee, tax,
                       base_currency, fx_rate, created_at
                  from investment_activities where tenant_id = ?""" + (accountId == null ? "" : " and account_id = ?");
        Object[] arguments = accountId == null ? new Object[] {tenantId} : new Object[] {tenantId, accountId};
        return jdbc.query(sql, (row, i) -> new LedgerRow(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                row.getObject(3, UUID.class), ActivityType.valueOf(row.getString(4)), row.getObject(5, LocalDate.class),
                row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8), row.getBigDecimal(9),
                row.getString(10), row.getBigDecimal(11), row.getTimestamp(12).toInstant()), arguments);
    }

    public String baseCurrency(UUID tenantId) {
        return baseCurrencies.of(tenantId);
    }

    @Transactional(readOnly = true)
    public Book of(UUID tenantId, UUID accountId) {
        List<Account> scope = accountId == null ? accounts.findAllByTenantIdOrderByName(tenantId)
                : List.of(accountLookup.get(tenantId, accountId));
        List<LedgerRow> rows = rows(tenantId, accountId);
        Set<UUID> assetIds = new HashSet<>();
        rows.forEach(row -> assetIds.add(row.assetId()));
        Map<UUID, Asset> held = assets.byId(tenantId, assetIds);
        return Book.replay(baseCurrencies.of(tenantId),
                scope.stream().collect(Collectors.toMap(Account::getId, Function.identity())), held, rows,
                splits.byAsset(tenantId));
    }
}
