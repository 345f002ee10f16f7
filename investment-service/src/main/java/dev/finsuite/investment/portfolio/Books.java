package dev.finsuite.investment.portfolio;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.investment.account.Account;
import dev.finsuite.investment.account.AccountRepository;
import dev.finsuite.investment.account.Accounts;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.ledger.Activity;
import dev.finsuite.investment.ledger.ActivityRepository;
import dev.finsuite.investment.ledger.Splits;

/** Reads a tenant's ledger (all accounts, or one) in one read-only transaction and replays it. */
@Component
class Books {

    private final AccountRepository accounts;
    private final Accounts accountLookup;
    private final Assets assets;
    private final ActivityRepository activities;
    private final Splits splits;
    private final BaseCurrencies baseCurrencies;

    Books(AccountRepository accounts, Accounts accountLookup, Assets assets, ActivityRepository activities,
            Splits splits, BaseCurrencies baseCurrencies) {
        this.accounts = accounts;
        this.accountLookup = accountLookup;
        this.assets = assets;
        this.activities = activities;
        this.splits = splits;
        this.baseCurrencies = baseCurrencies;
    }

    public String baseCurrency(UUID tenantId) {
        return baseCurrencies.of(tenantId);
    }

    @Transactional(readOnly = true)
    public Book of(UUID tenantId, UUID accountId) {
        List<Account> scope = accountId == null ? accounts.findAllByTenantIdOrderByName(tenantId)
                : List.of(accountLookup.get(tenantId, accountId));
        List<Activity> rows = accountId == null ? activities.findAllByTenantId(tenantId)
                : activities.findAllByTenantIdAndAccountId(tenantId, accountId);
        Set<UUID> assetIds = new HashSet<>();
        rows.forEach(row -> assetIds.add(row.getAssetId()));
        Map<UUID, Asset> held = assets.byId(tenantId, assetIds);
        return Book.replay(baseCurrencies.of(tenantId),
                scope.stream().collect(Collectors.toMap(Account::getId, Function.identity())), held, rows,
                splits.byAsset(tenantId));
    }
}
