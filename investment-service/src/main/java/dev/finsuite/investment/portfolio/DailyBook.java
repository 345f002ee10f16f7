package dev.finsuite.investment.portfolio;

import dev.finsuite.investment.engine.SplitScale;
import dev.finsuite.investment.engine.Timeline;
import dev.finsuite.investment.engine.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio day by day over a range, in the base currency. Per day: the end-of-day market value (quantity × price ×
 * rate; null when a held position's price or rate is unknown that day); the external flow, money put in positive and
 * taken out negative (buys and sells at their own cash amounts and rates, fees and taxes on them included; transfers
 * in and out at that day's market value, since no cash moved); the income (dividends and interest net of their tax
 * and fees, less FEE and TAX rows); and net invested for the chart (cost in less proceeds out, transfers at basis).
 * Day 0 is the range's start, the value the period starts from.
 *
 * <p>Built position by position, each walked once over the range (prices, rates and quantities as arrays by day,
 * rows added to their day), so ten years of two hundred positions costs a pass over each, not a search per day.
 */
final class DailyBook {

    final LocalDate[] days;
    final BigDecimal[] values;
    final BigDecimal[] flows;
    final BigDecimal[] income;
    final BigDecimal[] netInvested;
    final String[] unknownBecause;
    /**
     * Each day's sum of the quantity x price terms that fit a long at {@link DailySeries#SCALE} (whole quantity,
     * price with at most that many decimals, rate exactly 1), added to {@link #values} once at the end: the same
     * exact sums, without two BigDecimals per position per day. Any other term is added to {@link #values} as before.
     */
    private final long[] scaledValues;

    String flowsUnknownBecause;

    private DailyBook(int size) {
        days = new LocalDate[size];
        values = new BigDecimal[size];
        flows = new BigDecimal[size];
        income = new BigDecimal[size];
        netInvested = new BigDecimal[size];
        unknownBecause = new String[size];
        scaledValues = new long[size];
    }

    /** One position's inputs: its rows and timelines, its price and rate by day. */
    record Line(Book.Holding holding, DailySeries prices, DailySeries rates) {}

    static DailyBook build(Range range, String baseCurrency, List<Line> lines) {
        int size = (int) range.days() + 1;
        DailyBook book = new DailyBook(size);
        for (int i = 0; i < size; i++) {
            book.days[i] = range.start().plusDays(i);
            book.values[i] = BigDecimal.ZERO;
            book.flows[i] = BigDecimal.ZERO;
            book.income[i] = BigDecimal.ZERO;
            book.netInvested[i] = BigDecimal.ZERO;
        }
        Map<DailySeries, BigDecimal[]> ratesByDay = new HashMap<>();
        BigDecimal[] investedChanges = new BigDecimal[size];
        java.util.Arrays.fill(investedChanges, BigDecimal.ZERO);
        boolean investedKnown = true;
        for (Line line : lines) {
            BigDecimal[] prices = line.prices().onEach(range.start(), size);
            BigDecimal[] rates = ratesByDay.computeIfAbsent(line.rates(), series -> series.onEach(range.start(), size));
            book.addValues(line, prices, rates, line.prices().scaledEach(range.start(), size));
            if (line.holding().inBase() == null) {
                investedKnown = false;
            } else if (investedKnown) {
                addNetInvested(investedChanges, line.holding(), book.days);
            }
            book.addMovements(line, baseCurrency, prices, rates, range);
        }
        for (int i = 0; i < size; i++) {
            if (book.values[i] != null && book.scaledValues[i] != 0) {
                book.values[i] = book.values[i].add(BigDecimal.valueOf(book.scaledValues[i], DailySeries.SCALE));
            }
        }
        BigDecimal invested = BigDecimal.ZERO;
        for (int i = 0; i < size; i++) {
            invested = invested.add(investedChanges[i]);
            book.netInvested[i] = investedKnown ? invested : null;
        }
        book.flows[0] = BigDecimal.ZERO;
        book.income[0] = BigDecimal.ZERO;
        return book;
    }

    /** Quantity × price × rate on every day the position holds units; unknown where its price or rate is. */
    private void addValues(Line line, BigDecimal[] prices, BigDecimal[] rates, long[] scaledPrices) {
        Timeline timeline = line.holding().position().history();
        // The position's change days as offsets from day 0, each with its quantity: the walk below compares ints,
        // not LocalDates through a List, on every day of every position.
        List<LocalDate> changeDays = timeline.changeDays();
        int changes = changeDays.size();
        int[] offsets = new int[changes];
        BigDecimal[] quantities = new BigDecimal[changes];
        long[] wholeQuantities = new long[changes];
        for (int k = 0; k < changes; k++) {
            offsets[k] = (int) ChronoUnit.DAYS.between(days[0], changeDays.get(k));
            // Quantities carry ten decimals and are mostly whole: without the trailing zeros, quantity × price and
            // the day's running total stay in BigDecimal's long arithmetic (the same values, fewer digits).
            quantities[k] = timeline.quantityOn(changeDays.get(k)).stripTrailingZeros();
            wholeQuantities[k] = whole(quantities[k]);
        }
        int next = 0;
        while (next < changes && offsets[next] <= 0) {
            next++;
        }
        BigDecimal quantity = timeline.quantityOn(days[0]).stripTrailingZeros();
        long wholeQuantity = whole(quantity);
        for (int i = 0; i < days.length; i++) {
            while (next < changes && offsets[next] <= i) {
                wholeQuantity = wholeQuantities[next];
                quantity = quantities[next++];
            }
            if (quantity.signum() == 0 || values[i] == null) {
                continue;
            }
            if (prices[i] == null || rates[i] == null) {
                unknownBecause[i] = prices[i] == null
                        ? line.prices().whyUnknown(days[i])
                        : line.rates().whyUnknown(days[i]);
                values[i] = null;
            } else {
                if (scaledPrices != null
                        && wholeQuantity != NOT_WHOLE
                        && scaledPrices[i] != DailySeries.NOT_SCALED
                        && (rates[i] == BigDecimal.ONE || rates[i].compareTo(BigDecimal.ONE) == 0)) {
                    long term = wholeQuantity * scaledPrices[i];
                    long sum = scaledValues[i] + term;
                    if (Math.multiplyHigh(wholeQuantity, scaledPrices[i]) == (term >> 63)
                            && ((scaledValues[i] ^ sum) & (term ^ sum)) >= 0) {
                        scaledValues[i] = sum;
                        continue;
                    }
                }
                BigDecimal value = quantity.multiply(prices[i]);
                values[i] = values[i].add(
                        rates[i] == BigDecimal.ONE || rates[i].compareTo(BigDecimal.ONE) == 0
                                ? value
                                : value.multiply(rates[i]));
            }
        }
    }

    private static final long NOT_WHOLE = Long.MIN_VALUE;

    /** A whole quantity (no decimals after stripping) as a long, else {@link #NOT_WHOLE}. */
    private static long whole(BigDecimal quantity) {
        if (quantity.scale() > 0 || quantity.precision() - quantity.scale() > 18) {
            return NOT_WHOLE;
        }
        return quantity.longValueExact();
    }

    /**
     * Net invested at each activity's own rate, as the base-currency replay keeps it; unknown while one is pending.
     * Kept as running totals: each position adds its net invested on day 0 and, on each day it changes, the change,
     * so the sum over positions is one pass over the days, not an addition per position per day (exact decimals: the
     * same sums in another order).
     */
    private static void addNetInvested(BigDecimal[] startAndChanges, Book.Holding holding, LocalDate[] days) {
        Timeline base = holding.inBase().history();
        BigDecimal invested = base.netInvestedOn(days[0]);
        startAndChanges[0] = startAndChanges[0].add(invested);
        for (LocalDate change : base.changeDays()) {
            if (!change.isAfter(days[0])) {
                continue;
            }
            long i = ChronoUnit.DAYS.between(days[0], change);
            if (i >= days.length) {
                break;
            }
            BigDecimal now = base.netInvestedOn(change);
            startAndChanges[(int) i] = startAndChanges[(int) i].add(now.subtract(invested));
            invested = now;
        }
    }

    /** Each row of the range added to its day's flow or income; a row not yet converted makes its day unknown. */
    private void addMovements(Line line, String baseCurrency, BigDecimal[] prices, BigDecimal[] rates, Range range) {
        Book.Holding holding = line.holding();
        SplitScale scale = SplitScale.of(holding.splits());
        for (LedgerRow row : holding.rows()) {
            LocalDate day = row.date();
            if (!day.isAfter(range.start()) || day.isAfter(range.end())) {
                continue;
            }
            int i = (int) ChronoUnit.DAYS.between(range.start(), day);
            switch (row.type()) {
                case TRANSFER_IN, TRANSFER_OUT -> {
                    BigDecimal units = scale.unitsToday(row.quantity(), day);
                    if (prices[i] == null || rates[i] == null) {
                        markFlowUnknown(i, "no price or rate for a transfer on " + day);
                    } else if (flows[i] != null) {
                        BigDecimal atMarket = units.multiply(prices[i]).multiply(rates[i]);
                        flows[i] = row.type() == dev.finsuite.investment.engine.ActivityType.TRANSFER_IN
                                ? flows[i].add(atMarket)
                                : flows[i].subtract(atMarket);
                    }
                }
                default -> {
                    Trade inBase = row.tradeIn(baseCurrency);
                    if (inBase == null) {
                        markFlowUnknown(i, holding.baseUnknownBecause());
                        continue;
                    }
                    BigDecimal costs = inBase.fee().add(inBase.tax());
                    switch (row.type()) {
                        case BUY -> addFlow(i, inBase.gross().add(costs));
                        case SELL -> addFlow(i, inBase.gross().subtract(costs).negate());
                        case DIVIDEND, INTEREST -> addIncome(i, inBase.gross().subtract(costs));
                        case FEE, TAX -> addIncome(i, inBase.gross().add(costs).negate());
                        default -> throw new IllegalStateException("unreachable: " + row.type());
                    }
                }
            }
        }
    }

    private void addFlow(int day, BigDecimal amount) {
        if (flows[day] != null) {
            flows[day] = flows[day].add(amount);
        }
    }

    private void addIncome(int day, BigDecimal amount) {
        if (income[day] != null) {
            income[day] = income[day].add(amount);
        }
    }

    private void markFlowUnknown(int day, String reason) {
        flows[day] = null;
        income[day] = null;
        if (flowsUnknownBecause == null) {
            flowsUnknownBecause = reason;
        }
    }
}
