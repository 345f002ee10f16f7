package dev.finsuite.investment.portfolio;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.engine.Trade;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Dividends by month or year in the base currency, each at its own day's rate: gross, tax withheld, net. */
@Service
class DividendIncome {

    private final Books books;
    private final Currencies currencies;

    DividendIncome(Books books, Currencies currencies) {
        this.books = books;
        this.currencies = currencies;
    }

    record Period(String period, BigDecimal gross, BigDecimal taxWithheld, BigDecimal net, int dividends) {}

    record Report(
            String groupBy,
            String baseCurrency,
            List<Period> periods,
            BigDecimal gross,
            BigDecimal taxWithheld,
            BigDecimal net,
            int dividendsLeftOut) {}

    Report of(UUID tenantId, String groupBy, UUID accountId) {
        String grouping = groupBy == null ? "month" : groupBy.strip().toLowerCase(Locale.ROOT);
        DateTimeFormatter key = switch (grouping) {
            case "month" -> DateTimeFormatter.ofPattern("yyyy-MM");
            case "year" -> DateTimeFormatter.ofPattern("yyyy");
            default -> throw new PortfolioFailures.UnknownGrouping();
        };
        Book book = books.of(tenantId, accountId);
        Currency base = currencies.requireStored(book.baseCurrency());
        Map<String, Money[]> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        int leftOut = 0;
        for (Book.Holding h : book.holdings()) {
            for (LedgerRow row : h.rows()) {
                if (row.type() != ActivityType.DIVIDEND) {
                    continue;
                }
                Trade inBase = row.tradeIn(base.code());
                if (inBase == null) {
                    leftOut++;
                    continue;
                }
                String period = row.date().format(key);
                Money[] sum = sums.computeIfAbsent(period, k -> new Money[] {Money.zero(base), Money.zero(base)});
                sum[0] = sum[0].plus(new Money(inBase.gross(), base));
                sum[1] = sum[1].plus(new Money(inBase.tax(), base));
                counts.merge(period, 1, Integer::sum);
            }
        }
        List<Period> periods = new ArrayList<>();
        Money gross = Money.zero(base);
        Money tax = Money.zero(base);
        for (var entry : sums.entrySet()) {
            Money[] s = entry.getValue();
            periods.add(new Period(
                    entry.getKey(),
                    s[0].shownAmount(),
                    s[1].shownAmount(),
                    s[0].minus(s[1]).shownAmount(),
                    counts.get(entry.getKey())));
            gross = gross.plus(s[0]);
            tax = tax.plus(s[1]);
        }
        return new Report(
                grouping,
                base.code(),
                periods,
                gross.shownAmount(),
                tax.shownAmount(),
                gross.minus(tax).shownAmount(),
                leftOut);
    }
}
