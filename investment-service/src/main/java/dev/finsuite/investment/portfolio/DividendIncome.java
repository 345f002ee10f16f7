package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.engine.Trade;

/** Dividends by month or year in the base currency, each at its own day's rate: gross, tax withheld, net. */
@Service
class DividendIncome {

    private final Books books;
    private final Currencies currencies;

    DividendIncome(Books books, Currencies currencies) {
        this.books = books;
        this.currencies = currencies;
    }

    record Period(String period, BigDecimal gross, BigDecimal taxWithheld, BigDecimal net, int dividends) {
    }

    record Report(String groupBy, String baseCurrency, List<Period> periods, BigDecimal gross, BigDecimal taxWithheld,
            BigDecimal net, int dividendsLeftOut) {
    }

    Report of(UUID tenantId, String groupBy, UUID accountId) {
        String grouping = groupBy == null ? "month" : groupBy.strip().toLowerCase(Locale.ROOT);
        DateTimeFormatter key = switch (grouping) {
            case "month" -> DateTimeFormatter.ofPattern("yyyy-MM");
            case "year" -> DateTimeFormatter.ofPattern("yyyy");
            default -> throw new ValidationException("groupBy", "must be month or year");
        };
        Book book = books.of(tenantId, accountId);
        String base = book.baseCurrency();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        int leftOut = 0;
        for (Book.Holding h : book.holdings()) {
            for (LedgerRow row : h.rows()) {
                if (row.type() != ActivityType.DIVIDEND) {
                    continue;
                }
                Trade inBase = row.tradeIn(base);
                if (inBase == null) {
                    leftOut++;
                    continue;
                }
                BigDecimal[] sum = sums.computeIfAbsent(row.date().format(key),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(inBase.gross());
                sum[1] = sum[1].add(inBase.tax());
                sum[2] = sum[2].add(BigDecimal.ONE);
            }
        }
        List<Period> periods = new ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (var entry : sums.entrySet()) {
            BigDecimal[] s = entry.getValue();
            periods.add(new Period(entry.getKey(), shown(s[0], base), shown(s[1], base), shown(s[0].subtract(s[1]), base),
                    s[2].intValue()));
            gross = gross.add(s[0]);
            tax = tax.add(s[1]);
        }
        return new Report(grouping, base, periods, shown(gross, base), shown(tax, base), shown(gross.subtract(tax), base),
                leftOut);
    }

    private BigDecimal shown(BigDecimal amount, String currency) {
        return currencies.shown(amount, currency);
    }
}
