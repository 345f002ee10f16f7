package dev.finsuite.investment.portfolio;

import dev.finsuite.investment.account.Account;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.engine.Position;
import dev.finsuite.investment.engine.Positions;
import dev.finsuite.investment.engine.Split;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tenant's ledger replayed: one {@link Holding} per asset per account, each by its account's cost-basis method,
 * in the asset's currency and, where every row is converted, in the base currency at each row's own rate.
 */
record Book(String baseCurrency, List<Holding> holdings) {

    /** One asset in one account: its rows, its position, and the same position in the base currency. */
    record Holding(
            Account account,
            Asset asset,
            List<LedgerRow> rows,
            List<Split> splits,
            Position position,
            Position inBase,
            String baseUnknownBecause,
            String baseCurrency) {

        String inBaseCurrency() {
            return baseCurrency;
        }

        boolean open() {
            return position.quantity().signum() > 0;
        }
    }

    static Book replay(
            String baseCurrency,
            Map<UUID, Account> accounts,
            Map<UUID, Asset> assets,
            List<LedgerRow> activities,
            Map<UUID, List<Split>> splits) {
        Map<List<UUID>, List<LedgerRow>> pairs = activities.stream()
                .collect(Collectors.groupingBy(
                        row -> List.of(row.accountId(), row.assetId()), LinkedHashMap::new, Collectors.toList()));
        List<Holding> holdings = new ArrayList<>(pairs.size());
        pairs.forEach((pair, rows) -> {
            Account account = accounts.get(pair.get(0));
            Asset asset = assets.get(pair.get(1));
            List<Split> assetSplits = splits.getOrDefault(asset.getId(), List.of());
            Position position = Positions.replay(
                    account.getCostBasisMethod(),
                    rows.stream().map(LedgerRow::trade).toList(),
                    assetSplits);
            // A row converts when it has a rate to the tenant's current base currency (LedgerRow.tradeIn).
            boolean converted =
                    rows.stream().allMatch(row -> row.fxRate() != null && baseCurrency.equals(row.baseCurrency()));
            // An asset in the base currency converts at exactly 1: its base figures are its own, replayed once.
            boolean alreadyInBase =
                    converted && rows.stream().allMatch(row -> row.fxRate().compareTo(BigDecimal.ONE) == 0);
            Position inBase = alreadyInBase
                    ? position
                    : !converted
                            ? null
                            : Positions.replay(
                                    account.getCostBasisMethod(),
                                    rows.stream()
                                            .map(row -> row.tradeIn(baseCurrency))
                                            .toList(),
                                    assetSplits);
            holdings.add(new Holding(
                    account,
                    asset,
                    rows,
                    assetSplits,
                    position,
                    inBase,
                    converted
                            ? null
                            : "an activity's conversion to " + baseCurrency
                                    + " is still pending (or was made to an earlier base currency)",
                    baseCurrency));
        });
        holdings.sort(Comparator.comparing((Holding h) -> h.account().getName())
                .thenComparing(h -> h.asset().getName())
                .thenComparing(h -> h.asset().getId()));
        return new Book(baseCurrency, holdings);
    }
}
