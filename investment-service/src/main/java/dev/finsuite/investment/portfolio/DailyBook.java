package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.finsuite.investment.engine.Timeline;
import dev.finsuite.investment.engine.Trade;
import dev.finsuite.investment.ledger.Activity;

/**
 * The portfolio day by day over a range, in the base currency. Per day: the end-of-day market value (quantity × price ×
 * rate; null when a held position's price or rate is unknown that day); the external flow, money put in positive and
 * taken out negative (buys and sells at their own cash amounts and rates, fees and taxes on them included; transfers
 * in and out at that day's market value, since no cash moved); the income (dividends and interest net of their tax
 * and fees, less FEE and TAX rows); and net invested for the chart (cost in less proceeds out, transfers at basis).
 * Day 0 is the range's start, the value the period starts from.
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

    /** One position's inputs: its rows and timelines, its price and rate by day. */
    record Line(Book.Holding holding, DailySeries prices, DailySeries rates) {
    }

    /** One position's money by day, from its rows at their own rates; a pending row makes its day unknown. */
    private record Movements(Map<LocalDate, BigDecimal> cash, Map<LocalDate, BigDecimal> transferredUnits,
            Map<LocalDate, BigDecimal> income, Set<LocalDate> pendingDays) {

        boolean pending() {
            return !pendingDays.isEmpty();
        }
    }

    static DailyBook build(Range range, String baseCurrency, List<Line> lines) {
        int size = (int) range.days() + 1;
        DailyBook book = new DailyBook(size);
        List<Movements> movements = new ArrayList<>();
        for (Line line : lines) {
            Movements moved = movements(line.holding(), baseCurrency);
            if (moved.pending() && book.flowsUnknownBecause == null) {
                book.flowsUnknownBecause = line.holding().baseUnknownBecause();
            }
            movements.add(moved);
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
                Movements moved = movements.get(l);
                BigDecimal quantity = line.holding().position().quantityOn(day);
                BigDecimal transferred = moved.transferredUnits().get(day);
                BigDecimal priceTimesRate = null;
                if (quantity.signum() != 0 || transferred != null) {
                    BigDecimal price = line.prices().on(day);
                    BigDecimal rate = line.rates().on(day);
                    if (price == null || rate == null) {
                        book.unknownBecause[i] = price == null ? line.prices().whyUnknown(day) : line.rates().whyUnknown(day);
                        value = null;
                    } else {
                        priceTimesRate = price.multiply(rate);
                    }
                }
                if (value != null && quantity.signum() != 0) {
                    value = value.add(quantity.multiply(priceTimesRate));
                }
                if (flow != null) {
                    flow = flow.add(moved.cash().getOrDefault(day, BigDecimal.ZERO));
                    if (transferred != null) {
                        flow = priceTimesRate == null ? null : flow.add(transferred.multiply(priceTimesRate));
                    }
                }
                Timeline base = line.holding().inBase() == null ? null : line.holding().inBase().history();
                net = base == null || net == null ? null : net.add(base.netInvestedOn(day));
                BigDecimal earned = moved.income().get(day);
                if (earned != null && received != null) {
                    received = received.add(earned);
                }
                if (moved.pendingDays().contains(day)) {
                    flow = null;
                    received = null;
                }
            }
            book.values[i] = value;
            book.flows[i] = i == 0 ? BigDecimal.ZERO : flow;
            book.netInvested[i] = net;
            book.income[i] = i == 0 ? BigDecimal.ZERO : received;
        }
        return book;
    }

    private static Movements movements(Book.Holding holding, String baseCurrency) {
        Map<LocalDate, BigDecimal> cash = new HashMap<>();
        Map<LocalDate, BigDecimal> units = new HashMap<>();
        Map<LocalDate, BigDecimal> income = new HashMap<>();
        Set<LocalDate> pending = new HashSet<>();
        for (Activity row : holding.rows()) {
            LocalDate day = row.getActivityDate();
            switch (row.getActivityType()) {
                case TRANSFER_IN -> units.merge(day, SplitFactors.unitsToday(row.terms().quantity(), day,
                        holding.splits()), BigDecimal::add);
                case TRANSFER_OUT -> units.merge(day, SplitFactors.unitsToday(row.terms().quantity(), day,
                        holding.splits()).negate(), BigDecimal::add);
                default -> {
                    Trade inBase = row.tradeIn(baseCurrency);
                    if (inBase == null) {
                        pending.add(day);
                        continue;
                    }
                    BigDecimal costs = inBase.fee().add(inBase.tax());
                    switch (row.getActivityType()) {
                        case BUY -> cash.merge(day, inBase.gross().add(costs), BigDecimal::add);
                        case SELL -> cash.merge(day, inBase.gross().subtract(costs).negate(), BigDecimal::add);
                        case DIVIDEND, INTEREST -> income.merge(day, inBase.gross().subtract(costs), BigDecimal::add);
                        case FEE, TAX -> income.merge(day, inBase.gross().add(costs).negate(), BigDecimal::add);
                        default -> throw new IllegalStateException("unreachable: " + row.getActivityType());
                    }
                }
            }
        }
        return new Movements(cash, units, income, pending);
    }
}
