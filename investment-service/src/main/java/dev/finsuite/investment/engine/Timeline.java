package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A position's end-of-day state as a step function: one entry per day on which a unit-moving row happened
 * (BUY, SELL, TRANSFER_IN, TRANSFER_OUT), nothing in between. Because quantities are in today's units, a split
 * never changes the quantity, so the steps are only the ledger's own days; a query is a binary search and a run of
 * days is one merge walk, O(days + rows), never O(days × rows).
 *
 * <p><b>Net invested</b> is the cash put in less the cash taken out: a BUY adds quantity × price + fee, a SELL
 * takes away its net proceeds (quantity × price − fee), a TRANSFER_IN adds the basis it carries (quantity × price +
 * fee) and a TRANSFER_OUT takes away the basis that leaves (no cash moves, so its value is its basis). Income,
 * FEE and TAX rows are not investment and do not change it.
 */
public final class Timeline {

    private final LocalDate[] dates;
    private final BigDecimal[] quantities;
    private final BigDecimal[] costBases;
    private final BigDecimal[] netInvested;
    private final Rational exactQuantity;

    private Timeline(
            LocalDate[] dates,
            BigDecimal[] quantities,
            BigDecimal[] costBases,
            BigDecimal[] netInvested,
            Rational exactQuantity) {
        this.dates = dates;
        this.quantities = quantities;
        this.costBases = costBases;
        this.netInvested = netInvested;
        this.exactQuantity = exactQuantity;
    }

    /** The days on which the quantity, basis or net invested may change, ascending. */
    public List<LocalDate> changeDays() {
        return List.of(dates);
    }

    /** End-of-day quantity on {@code day} in today's units; zero before the first row. */
    public BigDecimal quantityOn(LocalDate day) {
        int i = indexOn(day);
        return i < 0 ? BigDecimal.ZERO : quantities[i];
    }

    public BigDecimal costBasisOn(LocalDate day) {
        int i = indexOn(day);
        return i < 0 ? BigDecimal.ZERO : costBases[i];
    }

    public BigDecimal netInvestedOn(LocalDate day) {
        int i = indexOn(day);
        return i < 0 ? BigDecimal.ZERO : netInvested[i];
    }

    /** One holding per calendar day from {@code from} to {@code to} inclusive, in one pass. */
    public List<DailyHolding> daily(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        List<DailyHolding> out = new ArrayList<>((int) (to.toEpochDay() - from.toEpochDay() + 1));
        int i = indexOn(from.minusDays(1));
        BigDecimal previousNet = i < 0 ? BigDecimal.ZERO : netInvested[i];
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            while (i + 1 < dates.length && !dates[i + 1].isAfter(day)) {
                i++;
            }
            BigDecimal quantity = i < 0 ? BigDecimal.ZERO : quantities[i];
            BigDecimal basis = i < 0 ? BigDecimal.ZERO : costBases[i];
            BigDecimal net = i < 0 ? BigDecimal.ZERO : netInvested[i];
            out.add(new DailyHolding(day, quantity, basis, net, net.subtract(previousNet)));
            previousNet = net;
        }
        return out;
    }

    /** The final quantity, exact, times {@code price}: the market value used for unrealised gain. */
    BigDecimal marketValue(BigDecimal price, MathContext mc) {
        return exactQuantity.timesAmount(price, mc);
    }

    private int indexOn(LocalDate day) {
        int i = Arrays.binarySearch(dates, day);
        return i >= 0 ? i : -i - 2;
    }

    /** Collects end-of-day states in date order; a later state on the same day replaces the earlier. */
    static final class Builder {
        private final List<LocalDate> dates = new ArrayList<>();
        private final List<BigDecimal> quantities = new ArrayList<>();
        private final List<BigDecimal> costBases = new ArrayList<>();
        private final List<BigDecimal> netInvested = new ArrayList<>();

        void record(LocalDate day, BigDecimal quantity, BigDecimal costBasis, BigDecimal net) {
            int last = dates.size() - 1;
            if (last >= 0 && dates.get(last).equals(day)) {
                quantities.set(last, quantity);
                costBases.set(last, costBasis);
                netInvested.set(last, net);
            } else {
                dates.add(day);
                quantities.add(quantity);
                costBases.add(costBasis);
                netInvested.add(net);
            }
        }

        Timeline build(Rational exactQuantity) {
            return new Timeline(
                    dates.toArray(LocalDate[]::new),
                    quantities.toArray(BigDecimal[]::new),
                    costBases.toArray(BigDecimal[]::new),
                    netInvested.toArray(BigDecimal[]::new),
                    exactQuantity);
        }
    }
}
