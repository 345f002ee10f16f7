package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Replays one asset's ledger in one account into a {@link Position}.
 *
 * <ul>
 * <li>Rows are taken by date, then sequence. Each row's quantity (in the units of its own date) is turned into
 * today's units by the product of the splits with an ex-date after the row's date: a row on or after an ex-date is
 * already in post-split units, and each split is counted once. Quantities are exact fractions throughout and are
 * rounded half-up to {@value #QUANTITY_SCALE} decimals only in the output. A split never changes cost.</li>
 * <li>AVERAGE: a BUY adds quantity × price + fee to cost; a SELL of s of Q units removes cost × s/Q and realises
 * proceeds − that − sell fee. FIFO: each BUY is a lot (fee included); a SELL consumes lots oldest first, a partly
 * consumed lot giving up cost × taken/its quantity. Selling everything removes the whole cost exactly, so a closed
 * position's basis is zero and the next BUY starts afresh. Cost removed plus cost kept is always exactly the cost
 * put in, so realised + unrealised is identical under both methods (when no units are transferred out).</li>
 * <li>TRANSFER_IN adds units like a BUY at quantity × price + fee (the basis carried from the other broker);
 * TRANSFER_OUT removes units at basis (by the method's own rule) and realises nothing.</li>
 * <li>DIVIDEND and INTEREST add quantity × price to income; FEE adds quantity × price to fees, TAX to taxes. Every
 * row's fee adds to fees and tax to taxes. A BUY/SELL/transfer of zero units only adds its fee and tax.</li>
 * <li>The only division is a share of an amount (cost × s/Q, average unit cost, a FIFO line's share of proceeds):
 * it is worked at {@link #PRECISION} (IEEE DECIMAL128, 34 significant digits, half-even), far below a cent.</li>
 * </ul>
 */
public final class Positions {

    /** The context of every division of an amount: 34 significant digits. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    public static final int QUANTITY_SCALE = 10;

    private static final Comparator<Trade> LEDGER_ORDER =
            Comparator.comparing(Trade::date).thenComparingLong(Trade::sequence);

    private Positions() {}

    /**
     * Replays trades (any order in; sorted by date, then sequence) with splits; throws {@link InsufficientQuantity}
     * at the first SELL/TRANSFER_OUT that exceeds what is held at that point.
     */
    public static Position replay(CostMethod method, List<Trade> trades, List<Split> splits) {
        return replay(method, trades, splits, null);
    }

    /** As {@link #replay(CostMethod, List, List)}, ignoring rows after {@code asOf} and splits from after it. */
    public static Position replay(CostMethod method, List<Trade> trades, List<Split> splits, LocalDate asOf) {
        SplitFactors factors = SplitFactors.of(splits, asOf);
        List<Trade> ordered = new ArrayList<>(trades.size());
        for (Trade trade : trades) {
            if (asOf == null || !trade.date().isAfter(asOf)) {
                ordered.add(trade);
            }
        }
        ordered.sort(LEDGER_ORDER);
        Replay replay = new Replay(method);
        for (Trade trade : ordered) {
            replay.apply(trade, factors.after(trade.date()));
        }
        return replay.position();
    }

    /** The cumulative split factor from a day to today: the product of splits with an ex-date after that day. */
    static final class SplitFactors {
        private final LocalDate[] exDates;
        private final Rational[] suffix;

        private SplitFactors(LocalDate[] exDates, Rational[] suffix) {
            this.exDates = exDates;
            this.suffix = suffix;
        }

        static SplitFactors of(List<Split> splits, LocalDate asOf) {
            List<Split> sorted = new ArrayList<>();
            for (Split split : splits) {
                if (asOf == null || !split.exDate().isAfter(asOf)) {
                    sorted.add(split);
                }
            }
            sorted.sort(Comparator.comparing(Split::exDate));
            List<LocalDate> dates = new ArrayList<>();
            List<Rational> ratios = new ArrayList<>();
            for (Split split : sorted) {
                Rational ratio = Rational.of(split.numerator(), split.denominator());
                int last = dates.size() - 1;
                if (last >= 0 && dates.get(last).equals(split.exDate())) {
                    if (!ratios.get(last).equals(ratio)) {
                        throw new IllegalArgumentException("Two different splits on " + split.exDate());
                    }
                    continue; // the same split listed twice is applied once
                }
                dates.add(split.exDate());
                ratios.add(ratio);
            }
            Rational[] suffix = new Rational[dates.size() + 1];
            suffix[dates.size()] = Rational.ONE;
            for (int i = dates.size() - 1; i >= 0; i--) {
                suffix[i] = suffix[i + 1].times(ratios.get(i));
            }
            return new SplitFactors(dates.toArray(LocalDate[]::new), suffix);
        }

        /** Product of the splits whose ex-date is after {@code day} (binary search for the first such). */
        Rational after(LocalDate day) {
            int lo = 0;
            int hi = exDates.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (exDates[mid].isAfter(day)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return suffix[lo];
        }
    }

    private static final class OpenLot {
        final LocalDate acquired;
        Rational quantity;
        BigDecimal cost;

        OpenLot(LocalDate acquired, Rational quantity, BigDecimal cost) {
            this.acquired = acquired;
            this.quantity = quantity;
            this.cost = cost;
        }
    }

    /** A share of a disposal: units taken (today's units) from a lot acquired then, with their cost. */
    private record Taken(LocalDate acquired, Rational quantity, BigDecimal cost) {}

    private static final class Replay {
        private final CostMethod method;
        private final Deque<OpenLot> lots = new ArrayDeque<>();
        private final List<Realisation> realisations = new ArrayList<>();
        private final Timeline.Builder timeline = new Timeline.Builder();
        private Rational quantity = Rational.ZERO;
        private BigDecimal cost = BigDecimal.ZERO;
        private BigDecimal realised = BigDecimal.ZERO;
        private BigDecimal dividends = BigDecimal.ZERO;
        private BigDecimal interest = BigDecimal.ZERO;
        private BigDecimal fees = BigDecimal.ZERO;
        private BigDecimal taxes = BigDecimal.ZERO;
        private BigDecimal netInvested = BigDecimal.ZERO;
        private LocalDate opened;

        Replay(CostMethod method) {
            this.method = method;
        }

        void apply(Trade trade, Rational factor) {
            fees = fees.add(trade.fee());
            taxes = taxes.add(trade.tax());
            Rational units = Rational.of(trade.quantity()).times(factor);
            switch (trade.type()) {
                case DIVIDEND -> dividends = dividends.add(trade.gross());
                case INTEREST -> interest = interest.add(trade.gross());
                case FEE -> fees = fees.add(trade.gross());
                case TAX -> taxes = taxes.add(trade.gross());
                case BUY, TRANSFER_IN -> {
                    if (!units.isZero()) {
                        acquire(trade, units);
                    }
                }
                case SELL, TRANSFER_OUT -> {
                    if (!units.isZero()) {
                        dispose(trade, units, factor);
                    }
                }
            }
        }

        private void acquire(Trade trade, Rational units) {
            BigDecimal lotCost = trade.gross().add(trade.fee());
            if (quantity.isZero()) {
                opened = trade.date();
            }
            quantity = quantity.plus(units);
            cost = cost.add(lotCost);
            if (method == CostMethod.AVERAGE) {
                lots.clear(); // one pooled lot, dated when the position opened
                lots.addLast(new OpenLot(opened, quantity, cost));
            } else {
                lots.addLast(new OpenLot(trade.date(), units, lotCost));
            }
            netInvested = netInvested.add(lotCost);
            timeline.record(trade.date(), quantity.round(QUANTITY_SCALE), cost, netInvested);
        }

        private void dispose(Trade trade, Rational units, Rational factor) {
            if (units.compareTo(quantity) > 0) {
                throw new InsufficientQuantity(
                        trade.id(), trade.date(), quantity.over(factor).round(QUANTITY_SCALE), trade.quantity());
            }
            List<Taken> taken = method == CostMethod.FIFO ? takeOldestFirst(units) : takeAtAverage(units);
            BigDecimal removed = BigDecimal.ZERO;
            for (Taken t : taken) {
                removed = removed.add(t.cost());
            }
            quantity = quantity.minus(units);
            cost = quantity.isZero() ? BigDecimal.ZERO : cost.subtract(removed);
            if (trade.type() == ActivityType.SELL) {
                BigDecimal proceeds = trade.gross();
                realised = realised.add(proceeds.subtract(removed).subtract(trade.fee()));
                realise(trade, units, factor, taken, proceeds);
                netInvested = netInvested.subtract(proceeds.subtract(trade.fee()));
            } else {
                netInvested = netInvested.subtract(removed);
            }
            timeline.record(trade.date(), quantity.round(QUANTITY_SCALE), cost, netInvested);
        }

        private List<Taken> takeAtAverage(Rational units) {
            BigDecimal share =
                    units.equals(quantity) ? cost : units.over(quantity).timesAmount(cost, PRECISION);
            lots.clear();
            Rational left = quantity.minus(units);
            if (!left.isZero()) {
                lots.addLast(new OpenLot(opened, left, cost.subtract(share)));
            }
            return List.of(new Taken(null, units, share));
        }

        private List<Taken> takeOldestFirst(Rational units) {
            List<Taken> taken = new ArrayList<>();
            Rational remaining = units;
            while (remaining.signum() > 0) {
                OpenLot lot = lots.peekFirst();
                if (lot.quantity.compareTo(remaining) <= 0) {
                    lots.removeFirst();
                    taken.add(new Taken(lot.acquired, lot.quantity, lot.cost));
                    remaining = remaining.minus(lot.quantity);
                } else {
                    BigDecimal share = remaining.over(lot.quantity).timesAmount(lot.cost, PRECISION);
                    lot.quantity = lot.quantity.minus(remaining);
                    lot.cost = lot.cost.subtract(share);
                    taken.add(new Taken(lot.acquired, remaining, share));
                    remaining = Rational.ZERO;
                }
            }
            return taken;
        }

        /** One line per sale under AVERAGE, one per lot under FIFO; proceeds and fee shared by quantity. */
        private void realise(Trade trade, Rational units, Rational factor, List<Taken> taken, BigDecimal proceeds) {
            BigDecimal proceedsLeft = proceeds;
            BigDecimal feeLeft = trade.fee();
            for (int i = 0; i < taken.size(); i++) {
                Taken t = taken.get(i);
                BigDecimal lineProceeds;
                BigDecimal lineFee;
                if (i == taken.size() - 1) {
                    lineProceeds = proceedsLeft;
                    lineFee = feeLeft;
                } else {
                    Rational part = t.quantity().over(units);
                    lineProceeds = part.timesAmount(proceeds, PRECISION);
                    lineFee = part.timesAmount(trade.fee(), PRECISION);
                }
                proceedsLeft = proceedsLeft.subtract(lineProceeds);
                feeLeft = feeLeft.subtract(lineFee);
                realisations.add(new Realisation(
                        trade.id(),
                        trade.date(),
                        t.acquired(),
                        t.quantity().over(factor).round(QUANTITY_SCALE),
                        lineProceeds,
                        t.cost(),
                        lineFee,
                        lineProceeds.subtract(t.cost()).subtract(lineFee)));
            }
        }

        Position position() {
            List<Lot> open = new ArrayList<>(lots.size());
            for (OpenLot lot : lots) {
                open.add(new Lot(lot.acquired, lot.quantity.round(QUANTITY_SCALE), lot.cost));
            }
            BigDecimal average = quantity.isZero() ? null : quantity.divideAmount(cost, PRECISION);
            return new Position(
                    quantity.round(QUANTITY_SCALE),
                    cost,
                    average,
                    realised,
                    dividends,
                    interest,
                    fees,
                    taxes,
                    open,
                    realisations,
                    timeline.build(quantity));
        }
    }
}
