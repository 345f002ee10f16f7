package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent reference for the replay rules, sharing no code with production: quantities <i>and</i> amounts are
 * exact fractions (no precision limit), and splits are applied the naive way, as events at the open of their
 * ex-date that rescale whatever is held at that moment, instead of converting each row to today's units. Lots are
 * a plain list scanned from the front. If production and this agree on every figure, both implement the rules.
 */
final class ReferenceLedger {

    /** Exact fraction p/q, q &gt; 0. */
    record Fraction(BigInteger p, BigInteger q) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        static Fraction of(BigDecimal v) {
            return new Fraction(v.unscaledValue(), BigInteger.TEN.pow(Math.max(0, v.scale())))
                    .times(new Fraction(BigInteger.TEN.pow(Math.max(0, -v.scale())), BigInteger.ONE));
        }

        static Fraction of(long p, long q) {
            return new Fraction(BigInteger.valueOf(p), BigInteger.valueOf(q)).normal();
        }

        Fraction normal() {
            BigInteger g = p.gcd(q);
            if (g.signum() == 0) {
                return ZERO;
            }
            return q.signum() < 0
                    ? new Fraction(p.negate().divide(g), q.negate().divide(g))
                    : new Fraction(p.divide(g), q.divide(g));
        }

        Fraction plus(Fraction o) {
            return new Fraction(p.multiply(o.q).add(o.p.multiply(q)), q.multiply(o.q)).normal();
        }

        Fraction minus(Fraction o) {
            return plus(new Fraction(o.p.negate(), o.q));
        }

        Fraction times(Fraction o) {
            return new Fraction(p.multiply(o.p), q.multiply(o.q)).normal();
        }

        Fraction over(Fraction o) {
            return new Fraction(p.multiply(o.q), q.multiply(o.p)).normal();
        }

        int compareTo(Fraction o) {
            return p.multiply(o.q).compareTo(o.p.multiply(q));
        }

        int signum() {
            return p.signum();
        }

        BigDecimal round(int scale) {
            return new BigDecimal(p).divide(new BigDecimal(q), scale, RoundingMode.HALF_UP);
        }
    }

    static final class RefLot {
        final LocalDate acquired;
        Fraction quantity;
        Fraction cost;

        RefLot(LocalDate acquired, Fraction quantity, Fraction cost) {
            this.acquired = acquired;
            this.quantity = quantity;
            this.cost = cost;
        }
    }

    Fraction quantity = Fraction.ZERO; // in the units of the current day
    Fraction cost = Fraction.ZERO;
    Fraction realised = Fraction.ZERO;
    Fraction income = Fraction.ZERO;
    Fraction fees = Fraction.ZERO;
    Fraction taxes = Fraction.ZERO;
    final List<RefLot> lots = new ArrayList<>();
    /** Quantity at the end of each day with a unit-moving row, in that day's units. */
    final Map<LocalDate, Fraction> endOfDay = new LinkedHashMap<>();

    int realisationLines;

    static ReferenceLedger replay(CostMethod method, List<Trade> trades, List<Split> splits) {
        ReferenceLedger ledger = new ReferenceLedger();
        List<Trade> ordered = new ArrayList<>(trades);
        ordered.sort(Comparator.comparing(Trade::date).thenComparingLong(Trade::sequence));
        List<Split> pending = new ArrayList<>(splits);
        pending.sort(Comparator.comparing(Split::exDate));
        for (Trade t : ordered) {
            while (!pending.isEmpty() && !pending.get(0).exDate().isAfter(t.date())) {
                ledger.split(pending.remove(0));
            }
            ledger.apply(method, t);
        }
        while (!pending.isEmpty()) {
            ledger.split(pending.remove(0));
        }
        return ledger;
    }

    void split(Split s) {
        Fraction ratio = Fraction.of(s.numerator(), s.denominator());
        quantity = quantity.times(ratio);
        for (RefLot lot : lots) {
            lot.quantity = lot.quantity.times(ratio);
        }
    }

    void apply(CostMethod method, Trade t) {
        Fraction q = Fraction.of(t.quantity());
        Fraction gross = q.times(Fraction.of(t.unitPrice()));
        Fraction fee = Fraction.of(t.fee());
        fees = fees.plus(fee);
        taxes = taxes.plus(Fraction.of(t.tax()));
        switch (t.type()) {
            case DIVIDEND, INTEREST -> income = income.plus(gross);
            case FEE -> fees = fees.plus(gross);
            case TAX -> taxes = taxes.plus(gross);
            case BUY, TRANSFER_IN -> {
                if (q.signum() > 0) {
                    quantity = quantity.plus(q);
                    cost = cost.plus(gross).plus(fee);
                    lots.add(new RefLot(t.date(), q, gross.plus(fee)));
                    endOfDay.put(t.date(), quantity);
                }
            }
            case SELL, TRANSFER_OUT -> {
                if (q.signum() > 0) {
                    if (q.compareTo(quantity) > 0) {
                        throw new IllegalStateException("reference: oversold " + t.id());
                    }
                    Fraction removed =
                            method == CostMethod.AVERAGE ? cost.times(q).over(quantity) : takeFifo(q);
                    if (method == CostMethod.AVERAGE) {
                        realisationLines++;
                    }
                    quantity = quantity.minus(q);
                    cost = cost.minus(removed);
                    if (t.type() == ActivityType.SELL) {
                        realised = realised.plus(gross).minus(removed).minus(fee);
                    } else if (method == CostMethod.FIFO) {
                        realisationLines -= lastTaken;
                    } else {
                        realisationLines--;
                    }
                    endOfDay.put(t.date(), quantity);
                }
            }
        }
    }

    private int lastTaken;

    private Fraction takeFifo(Fraction q) {
        Fraction removed = Fraction.ZERO;
        Fraction left = q;
        lastTaken = 0;
        while (left.signum() > 0) {
            RefLot lot = lots.get(0);
            lastTaken++;
            if (lot.quantity.compareTo(left) <= 0) {
                removed = removed.plus(lot.cost);
                left = left.minus(lot.quantity);
                lots.remove(0);
            } else {
                Fraction part = lot.cost.times(left).over(lot.quantity);
                removed = removed.plus(part);
                lot.cost = lot.cost.minus(part);
                lot.quantity = lot.quantity.minus(left);
                left = Fraction.ZERO;
            }
        }
        realisationLines += lastTaken;
        return removed;
    }
}
