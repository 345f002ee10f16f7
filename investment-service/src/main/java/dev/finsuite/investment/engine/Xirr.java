package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annual rate r at which the flows' net present value is zero, Excel's XIRR convention: each flow is discounted
 * by (1 + r)^((d_i − d_0)/365), d_0 the earliest date. Flows on one day are summed first, so the cost per
 * iteration is one pass over the distinct days: with v = (1+r)^(−1/365) = e^(−ln(1+r)/365), worked in BigDecimal,
 * each day's discount factor is the previous one times v^(gap).
 *
 * <p>Solved by Newton's method from 10%; if that leaves the domain or does not converge, the root is bracketed
 * on a grid from {@value #LOWEST} to {@value #HIGHEST} and bisected. When several roots exist, Newton's (nearest
 * 10%) wins, else the lowest bracketed one. All in BigDecimal at 40 significant digits; the rate is returned to
 * {@value #SCALE} decimals, half-up.
 */
public final class Xirr {

    static final String LOWEST = "-0.9999";
    static final String HIGHEST = "1000000";
    static final int SCALE = 16;

    private static final MathContext WORK = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-22");
    private static final BigDecimal[] GRID = {new BigDecimal(LOWEST), new BigDecimal("-0.999"),
        new BigDecimal("-0.99"), new BigDecimal("-0.9"), new BigDecimal("-0.5"), BigDecimal.ZERO,
        new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("3"), BigDecimal.TEN, new BigDecimal("100"),
        new BigDecimal("10000"), new BigDecimal(HIGHEST)};
    private static final int MAX_NEWTON = 60;
    private static final int MAX_BISECTION = 300;

    private Xirr() {
    }

    public static RateResult solve(List<CashFlow> flows) {
        if (flows.size() < 2) {
            return RateResult.none("fewer than two cash flows");
        }
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        for (CashFlow flow : flows) {
            byDay.merge(flow.date(), flow.amount(), BigDecimal::add);
        }
        byDay.values().removeIf(amount -> amount.signum() == 0);
        boolean positive = false;
        boolean negative = false;
        for (BigDecimal amount : byDay.values()) {
            positive |= amount.signum() > 0;
            negative |= amount.signum() < 0;
        }
        if (!positive || !negative) {
            return RateResult.none(byDay.size() < 2 ? "fewer than two cash flows on different days"
                    : "all cash flows have the same sign");
        }
        Flows npv = new Flows(byDay);
        BigDecimal newton = newton(npv);
        if (newton != null) {
            return RateResult.of(newton.setScale(SCALE, RoundingMode.HALF_UP));
        }
        BigDecimal bisected = bisect(npv);
        return bisected == null ? RateResult.none("no convergence: no rate between " + LOWEST + " and " + HIGHEST)
                : RateResult.of(bisected.setScale(SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal newton(Flows npv) {
        BigDecimal rate = new BigDecimal("0.1");
        BigDecimal lowest = new BigDecimal(LOWEST);
        for (int i = 0; i < MAX_NEWTON; i++) {
            BigDecimal[] valueAndSlope = npv.valueAndSlope(rate);
            if (valueAndSlope[1].signum() == 0) {
                return null;
            }
            BigDecimal step = valueAndSlope[0].divide(valueAndSlope[1], WORK);
            rate = rate.subtract(step, WORK);
            if (rate.compareTo(lowest) < 0) {
                return null;
            }
            if (step.abs().compareTo(TOLERANCE) <= 0) {
                return rate;
            }
        }
        return null;
    }

    private static BigDecimal bisect(Flows npv) {
        BigDecimal low = GRID[0];
        int lowSign = npv.valueAndSlope(low)[0].signum();
        if (lowSign == 0) {
            return low;
        }
        for (int g = 1; g < GRID.length; g++) {
            BigDecimal high = GRID[g];
            int highSign = npv.valueAndSlope(high)[0].signum();
            if (highSign == 0) {
                return high;
            }
            if (highSign != lowSign) {
                return withinBracket(npv, low, lowSign, high);
            }
            low = high;
        }
        return null;
    }

    /**
     * The root inside a bracket whose ends have opposite signs: Newton steps while they stay inside it, a bisection
     * step when one would leave it, the bracket shrinking with every value. Converges like Newton near the root and
     * can never diverge, so a ledger whose plain Newton run from 10% wanders off is solved in a few steps, not the
     * hundred a pure bisection to 1e-22 takes.
     */
    private static BigDecimal withinBracket(Flows npv, BigDecimal low, int lowSign, BigDecimal high) {
        BigDecimal rate = low.add(high).divide(BigDecimal.valueOf(2), WORK);
        for (int i = 0; i < MAX_BISECTION && high.subtract(low).compareTo(TOLERANCE) > 0; i++) {
            BigDecimal[] valueAndSlope = npv.valueAndSlope(rate);
            int sign = valueAndSlope[0].signum();
            if (sign == 0) {
                return rate;
            }
            if (sign == lowSign) {
                low = rate;
            } else {
                high = rate;
            }
            BigDecimal next = valueAndSlope[1].signum() == 0 ? null
                    : rate.subtract(valueAndSlope[0].divide(valueAndSlope[1], WORK), WORK);
            if (next == null || next.compareTo(low) <= 0 || next.compareTo(high) >= 0) {
                next = low.add(high).divide(BigDecimal.valueOf(2), WORK);
            }
            if (next.subtract(rate).abs().compareTo(TOLERANCE) <= 0) {
                return next;
            }
            rate = next;
        }
        return low.add(high).divide(BigDecimal.valueOf(2), WORK);
    }

    /** The distinct days (offsets from the first) and their net amounts. */
    private static final class Flows {
        private final int[] days;
        private final BigDecimal[] amounts;

        Flows(Map<LocalDate, BigDecimal> byDay) {
            days = new int[byDay.size()];
            amounts = new BigDecimal[byDay.size()];
            LocalDate first = null;
            int i = 0;
            for (Map.Entry<LocalDate, BigDecimal> entry : byDay.entrySet()) {
                if (first == null) {
                    first = entry.getKey();
                }
                days[i] = (int) ChronoUnit.DAYS.between(first, entry.getKey());
                amounts[i] = entry.getValue();
                i++;
            }
        }

        /** NPV(r) = Σ a_i v^d_i and its derivative −Σ a_i (d_i/365) v^d_i / (1+r), v = (1+r)^(−1/365). */
        BigDecimal[] valueAndSlope(BigDecimal rate) {
            BigDecimal onePlus = BigDecimal.ONE.add(rate);
            BigDecimal v = BigMath.exp(BigMath.ln(onePlus, WORK).divide(DAYS_PER_YEAR, WORK).negate(), WORK);
            BigDecimal factor = BigDecimal.ONE;
            int previous = 0;
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            for (int i = 0; i < days.length; i++) {
                int gap = days[i] - previous;
                if (gap > 0) {
                    factor = factor.multiply(v.pow(gap, WORK), WORK);
                }
                previous = days[i];
                BigDecimal discounted = amounts[i].multiply(factor, WORK);
                value = value.add(discounted, WORK);
                weighted = weighted.add(discounted.multiply(BigDecimal.valueOf(days[i])), WORK);
            }
            BigDecimal slope = weighted.divide(DAYS_PER_YEAR.multiply(onePlus), WORK).negate();
            return new BigDecimal[] {value, slope};
        }
    }
}
