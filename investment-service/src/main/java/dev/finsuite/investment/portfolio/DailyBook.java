package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.engine.Timeline;
import dev.finsuite.investment.ledger.Activity;

/**
 * The portfolio day by day over a range, in the base currency: end-of-day market value (quantity × price × rate,
 * null when any held position's price or rate is unknown that day), the day's external flow (at each activity's own
 * rate) and its income (dividends and interest net of withheld tax). Day 0 is the range's start, the value the
 * period starts from.
 */
final class DailyBook {

    final LocalDate[] days;
    final BigDecimal[] values;
    final BigDecimal[] flows;
    final BigDecimal[] income;
    final BigDecimal[] netInvested;
    final String[] unknownBecause;
    String flowsUnknownBecause;

    private DailyBook(int size) {
        days = new LocalDate[size];
        values = new BigDecimal[size];
        flows = new BigDecimal[size];
        income = new BigDecimal[size];
        netInvested = new BigDecimal[size];
        unknownBecause = new String[size];
    }

    /** One position's inputs: its quantities and base timeline, its price and rate by day. */
    record Line(Book.Holding holding, DailySeries prices, DailySeries rates) {
    }

    static DailyBook build(Range range, List<Line> lines) {
        int size = (int) range.days() + 1;
        DailyBook book = new DailyBook(size);
        List<Map<LocalDate, BigDecimal>> incomes = new ArrayList<>();
        for (Line line : lines) {
            if (line.holding().inBase() == null && book.flowsUnknownBecause == null) {
                book.flowsUnknownBecause = line.holding().baseUnknownBecause();
            }
            incomes.add(incomeByDay(line.holding().rows()));
        }
        for (int i = 0; i < size; i++) {
            LocalDate day = range.start().plusDays(i);
            book.days[i] = day;
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal flow = BigDecimal.ZERO;
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal received = BigDecimal.ZERO;
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                BigDecimal quantity = line.holding().position().quantityOn(day);
                if (quantity.signum() != 0 && value != null) {
                    BigDecimal price = line.prices().on(day);
                    BigDecimal rate = line.rates().on(day);
                    if (price == null || rate == null) {
                        book.unknownBecause[i] = price == null ? line.prices().whyUnknown(day) : line.rates().whyUnknown(day);
                        value = null;
                    } else {
                        value = value.add(quantity.multiply(price).multiply(rate));
                    }
                }
                Timeline base = line.holding().inBase() == null ? null : line.holding().inBase().history();
                if (base != null && flow != null) {
                    BigDecimal today = base.netInvestedOn(day);
                    net = net.add(today);
                    flow = flow.add(today.subtract(base.netInvestedOn(day.minusDays(1))));
                } else {
                    flow = null;
                    net = null;
                }
                BigDecimal earned = incomes.get(l).get(day);
                if (earned != null && received != null) {
                    received = earned.signum() < 0 ? null : received.add(earned);
                }
            }
            book.values[i] = value;
            book.flows[i] = i == 0 ? BigDecimal.ZERO : flow;
            book.netInvested[i] = net;
            book.income[i] = i == 0 ? BigDecimal.ZERO : received;
        }
        return book;
    }

    /** Dividends and interest net of withheld tax, at each row's own rate; −1 marks a day with a pending row. */
    private static Map<LocalDate, BigDecimal> incomeByDay(List<Activity> rows) {
        Map<LocalDate, BigDecimal> byDay = new HashMap<>();
        for (Activity row : rows) {
            ActivityType type = row.getActivityType();
            if (type != ActivityType.DIVIDEND && type != ActivityType.INTEREST) {
                continue;
            }
            var trade = row.tradeInBase();
            BigDecimal net = trade == null ? BigDecimal.ONE.negate() : trade.gross().subtract(trade.tax());
            byDay.merge(row.getActivityDate(), net, (a, b) -> a.signum() < 0 || b.signum() < 0 ? BigDecimal.ONE.negate() : a.add(b));
        }
        return byDay;
    }
}
