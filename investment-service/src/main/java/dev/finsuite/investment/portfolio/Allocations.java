package dev.finsuite.investment.portfolio;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Today's market value in the base currency, grouped; holdings without a known value are counted, not guessed. */
@Service
class Allocations {

    private final Holdings holdings;
    private final Currencies currencies;

    Allocations(Holdings holdings, Currencies currencies) {
        this.holdings = holdings;
        this.currencies = currencies;
    }

    record Slice(String key, String label, BigDecimal marketValue, String share) {}

    record Allocation(String by, String baseCurrency, BigDecimal total, List<Slice> slices, int holdingsLeftOut) {}

    Allocation by(UUID tenantId, String by, UUID accountId) {
        Function<Book.Holding, String[]> key = switch (by == null
                ? "assetclass"
                : by.strip().toLowerCase(Locale.ROOT)) {
            case "assetclass" ->
                h -> new String[] {
                    h.asset().getAssetClass().name(), h.asset().getAssetClass().name()
                };
            case "currency" ->
                h -> new String[] {h.asset().getCurrency(), h.asset().getCurrency()};
            case "account" ->
                h -> new String[] {h.account().getId().toString(), h.account().getName()};
            case "asset" ->
                h -> new String[] {
                    h.asset().getId().toString(),
                    h.asset().getSymbol() == null
                            ? h.asset().getName()
                            : h.asset().getSymbol()
                };
            default -> throw new PortfolioFailures.UnknownAllocation();
        };
        List<Holdings.Valued> valued = holdings.value(tenantId, accountId, false);
        Currency base = currencies.requireStored(holdings.baseCurrency(tenantId));
        Map<String, Money> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        int leftOut = 0;
        Money total = Money.zero(base);
        for (Holdings.Valued v : valued) {
            if (v.marketValueBase() == null) {
                leftOut++;
                continue;
            }
            String[] k = key.apply(v.holding());
            sums.merge(k[0], v.marketValueBase(), Money::plus);
            labels.putIfAbsent(k[0], k[1]);
            total = total.plus(v.marketValueBase());
        }
        Money whole = total;
        List<Slice> slices = sums.entrySet().stream()
                .sorted(Map.Entry.<String, Money>comparingByValue(Comparator.reverseOrder()))
                .map(e -> new Slice(
                        e.getKey(),
                        labels.get(e.getKey()),
                        e.getValue().shownAmount(),
                        whole.isZero() ? null : share(e.getValue(), whole)))
                .toList();
        return new Allocation(by == null ? "assetClass" : by, base.code(), total.shownAmount(), slices, leftOut);
    }

    /** A slice's part of the whole, to six decimals (a ratio, not money). */
    private static String share(Money part, Money whole) {
        return part.amount().divide(whole.amount(), 6, RoundingMode.HALF_UP).toPlainString();
    }
}
