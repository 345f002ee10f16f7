package dev.finsuite.investment.ledger;

import dev.finsuite.investment.account.Accounts;
import dev.finsuite.investment.asset.AssetFailures.SplitChangesNothing;
import dev.finsuite.investment.asset.AssetFailures.SplitNotFound;
import dev.finsuite.investment.asset.AssetFailures.SplitOnSameDay;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.support.LedgerDates;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding or removing a split changes every account's units of the asset, so each is locked and checked. */
@Service
class StockSplits {

    private final Splits splits;
    private final Assets assets;
    private final ActivityRepository activities;
    private final Accounts accounts;
    private final LedgerCheck check;
    private final LedgerDates dates;

    StockSplits(
            Splits splits,
            Assets assets,
            ActivityRepository activities,
            Accounts accounts,
            LedgerCheck check,
            LedgerDates dates) {
        this.dates = dates;
        this.splits = splits;
        this.assets = assets;
        this.activities = activities;
        this.accounts = accounts;
        this.check = check;
    }

    @Transactional
    Splits.SplitRow add(UUID tenantId, Splits.SplitRow split) {
        dates.requirePastOrToday("exDate", split.exDate());
        if (split.numerator() == split.denominator()) {
            throw new SplitChangesNothing();
        }
        assets.lock(tenantId, split.assetId());
        List<UUID> holders = lockHolders(tenantId, split.assetId());
        if (splits.exists(tenantId, split.assetId(), split.exDate())) {
            throw new SplitOnSameDay();
        }
        splits.insert(tenantId, split);
        holders.forEach(account -> check.require(tenantId, account, split.assetId()));
        return split;
    }

    @Transactional(readOnly = true)
    List<Splits.SplitRow> list(UUID tenantId, UUID assetId) {
        assets.get(tenantId, assetId);
        return splits.of(tenantId, assetId);
    }

    @Transactional
    void remove(UUID tenantId, UUID assetId, UUID splitId) {
        assets.lock(tenantId, assetId);
        List<UUID> holders = lockHolders(tenantId, assetId);
        if (!splits.delete(tenantId, assetId, splitId)) {
            throw new SplitNotFound();
        }
        holders.forEach(account -> check.require(tenantId, account, assetId));
    }

    private List<UUID> lockHolders(UUID tenantId, UUID assetId) {
        List<UUID> holders =
                activities.accountsHolding(tenantId, assetId).stream().sorted().toList();
        holders.forEach(account -> accounts.lock(tenantId, account));
        return holders;
    }
}
