package dev.finsuite.investment.portfolio;

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

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.ApiException.ValidationException;

/** Today's market value in the base currency, grouped; holdings without a known value are counted, not guessed. */
@Service
class Allocations {

    private final Holdings holdings;
    private final Currencies currencies;

    Allocations(Holdings holdings, Currencies currencies) {
        this.holdings = holdings;
        this.currencies = currencies;
    }

    record Slice(String key, String label, BigDecimal marketValue, String share) {
    }

    record Allocation(String by, String baseCurrency, BigDecimal total, List<Slice> slices, int holdingsLeftOut) {
    }

    Allocation by(UUID tenantId, String by, UUID accountId) {
        Function<Book.Holding, String[]> key = switch (by == null ? "assetclass" : by.strip().toLowerCase(Locale.ROOT)) {
            case "assetclass" -> h -> new String[] {h.asset().getAssetClass().name(), h.asset().getAssetClass().name()};
            case "currency" -> h -> new String[] {h.asset().getCurrency(), h.asset().getCurrency()};
            case "account" -> h -> new String[] {h.account().getId().toString(), h.account().getName()};
            case "asset" -> h -> new String[] {h.asset().getId().toString(),
                    h.asset().getSymbol() == null ? h.asset().getName() : h.asset().getSymbol()};
            default -> throw new ValidationException("by", "must be assetClass, currency, account or asset");
        };
        List<Holdings.Valued> valued = holdings.value(tenantId, accountId, false);
        String base = holdings.baseCurrency(tenantId);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        int leftOut = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Holdings.Valued v : valued) {
            if (v.marketValueBase() == null) {
                leftOut++;
                continue;
            }
            String[] k = key.apply(v.holding());
            sums.merge(k[0], v.marketValueBase(), BigDecimal::add);
            labels.putIfAbsent(k[0], k[1]);
            total = total.add(v.marketValueBase());
        }
        BigDecimal whole = total;
        List<Slice> slices = sums.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .map(e -> new Slice(e.getKey(), labels.get(e.getKey()), currencies.shown(e.getValue(), base),
                        whole.signum() == 0 ? null : e.getValue().divide(whole, 6, RoundingMode.HALF_UP).toPlainString()))
                .toList();
        return new Allocation(by == null ? "assetClass" : by, base, currencies.shown(total, base),
                slices, leftOut);
    }
}
