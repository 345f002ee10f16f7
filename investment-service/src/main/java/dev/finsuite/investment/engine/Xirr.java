package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annual rate r at which the flows' net present value is zero, Excel's XIRR convention: each flow is discounted
 * by (1 + r)^((d_i − d_0)/365), d_0 the earliest date. Flows on one day are summed first, so the cost per
 * iteration is one pass over the distinct days: with v = (1+r)^(−1/365) = e^(−ln(1+r)/365), worked in BigDecimal,
 * each day's discount factor is the previous one times v^(gap), each distinct gap's power computed once per pass.
 *
 * <p>Solved by Newton's method from 10%; if that leaves the domain ({@value #LOWEST} to {@value #HIGHEST}) or
 * does not converge, the root is bracketed on a grid from {@value #LOWEST} to {@value #HIGHEST} and solved inside
 * the bracket. When several roots exist, Newton's (nearest 10%) wins, else the lowest bracketed one. (Newton used to
 * be bounded below only: a ledger whose value comes late sends it from 10% towards infinity, where it wandered for
 * sixty passes and could settle on an absurd root such as 10^12 a year.) The search runs at {@link #FAST} (16
 * significant digits, BigDecimal's long arithmetic) to within 1e-12, then Newton polishes that root at 40
 * significant digits until a step is below 1e-22, so the answer is the one a search at 40 digits throughout gives,
 * at a fraction of its cost (a ten-year ledger has some 3,600 distinct days; a pass over them at 40 digits takes
 * milliseconds). Should the fast search find nothing or the polish leave the domain, the whole search is made
 * again at 40 digits. The rate is returned to {@value #SCALE} decimals, half-up.
 */
public final class Xirr {

    static final String LOWEST = "-0.9999";
    static final String HIGHEST = "1000000";
    static final int SCALE = 16;

    private static final MathContext WORK = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-22");
    /** The search's precision and step tolerance, before the polish at {@link #WORK}. */
    static final MathContext FAST = new MathContext(16, RoundingMode.HALF_EVEN);

    private static final BigDecimal FAST_TOLERANCE = new BigDecimal("1e-12");
    private static final int MAX_POLISH = 8;
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal[] GRID = {
        new BigDecimal(LOWEST),
        new BigDecimal("-0.999"),
        new BigDecimal("-0.99"),
        new BigDecimal("-0.9"),
        new BigDecimal("-0.5"),
        BigDecimal.ZERO,
        new BigDecimal("0.5"),
        BigDecimal.ONE,
        new BigDecimal("3"),
        BigDecimal.TEN,
        new BigDecimal("100"),
        new BigDecimal("10000"),
        new BigDecimal(HIGHEST)
    };
    private static final int MAX_NEWTON = 60;
    private static final int MAX_BISECTION = 300;

    private Xirr() {}

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
            return RateResult.none(
                    byDay.size() < 2
                            ? "fewer than two cash flows on different days"
                            : "all cash flows have the same sign");
        }
        Flows npv = new Flows(byDay);
        BigDecimal found = search(npv, FAST, FAST_TOLERANCE);
        BigDecimal rate = found == null ? null : polish(npv, found);
        if (rate == null) {
            rate = search(npv, WORK, TOLERANCE);
        }
        return rate == null
                ? RateResult.none("no convergence: no rate between " + LOWEST + " and " + HIGHEST)
                : RateResult.of(rate.setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** Newton from 10%, else the first bracket of the grid solved; null when neither finds a root. */
    private static BigDecimal search(Flows npv, MathContext mc, BigDecimal tolerance) {
        BigDecimal newton = newton(npv, new BigDecimal("0.1"), MAX_NEWTON, mc, tolerance);
        return newton != null ? newton : bisect(npv, mc, tolerance);
    }

    /** Newton at {@link #WORK} from a root found at {@link #FAST}; null if it leaves the domain or does not settle. */
    private static BigDecimal polish(Flows npv, BigDecimal rate) {
        return newton(npv, rate, MAX_POLISH, WORK, TOLERANCE);
    }

    private static BigDecimal newton(
            Flows npv, BigDecimal start, int iterations, MathContext mc, BigDecimal tolerance) {
        BigDecimal rate = start;
        BigDecimal lowest = new BigDecimal(LOWEST);
        BigDecimal highest = new BigDecimal(HIGHEST);
        for (int i = 0; i < iterations; i++) {
            BigDecimal[] valueAndSlope = npv.valueAndSlope(rate, mc);
            if (valueAndSlope[0].signum() == 0) {
                return rate;
            }
            if (valueAndSlope[1].signum() == 0) {
                return null;
            }
            BigDecimal step = valueAndSlope[0].divide(valueAndSlope[1], mc);
            rate = rate.subtract(step, mc);
            if (rate.compareTo(lowest) < 0 || rate.compareTo(highest) > 0) {
                return null;
            }
            if (step.abs().compareTo(tolerance) <= 0) {
                return rate;
            }
        }
        return null;
    }

    private static BigDecimal bisect(Flows npv, MathContext mc, BigDecimal tolerance) {
        BigDecimal low = GRID[0];
        int lowSign = npv.valueAndSlope(low, mc)[0].signum();
        if (lowSign == 0) {
            return low;
        }
        for (int g = 1; g < GRID.length; g++) {
            BigDecimal high = GRID[g];
            int highSign = npv.valueAndSlope(high, mc)[0].signum();
            if (highSign == 0) {
                return high;
            }
            if (highSign != lowSign) {
                return withinBracket(npv, low, lowSign, high, mc, tolerance);
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
    private static BigDecimal withinBracket(
            Flows npv, BigDecimal low, int lowSign, BigDecimal high, MathContext mc, BigDecimal tolerance) {
        BigDecimal rate = low.add(high).divide(BigDecimal.valueOf(2), mc);
        for (int i = 0; i < MAX_BISECTION && high.subtract(low).compareTo(tolerance) > 0; i++) {
            BigDecimal[] valueAndSlope = npv.valueAndSlope(rate, mc);
            int sign = valueAndSlope[0].signum();
            if (sign == 0) {
                return rate;
            }
            if (sign == lowSign) {
                low = rate;
            } else {
                high = rate;
            }
            BigDecimal next = valueAndSlope[1].signum() == 0
                    ? null
                    : rate.subtract(valueAndSlope[0].divide(valueAndSlope[1], mc), mc);
            if (next == null || next.compareTo(low) <= 0 || next.compareTo(high) >= 0) {
                next = low.add(high).divide(BigDecimal.valueOf(2), mc);
            }
            if (next.subtract(rate).abs().compareTo(tolerance) <= 0) {
                return next;
            }
            rate = next;
        }
        return low.add(high).divide(BigDecimal.valueOf(2), mc);
    }

    /** The distinct days (offsets from the first), their net amounts, and the distinct gaps between them. */
    private static final class Flows {
        private final int[] days;
        private final BigDecimal[] amounts;
        private final BigDecimal[] dayNumbers;
        /** Per day, the index in {@link #gaps} of its gap from the day before (-1 for the first). */
        private final int[] gapIndex;

        private final int[] gaps;

        Flows(Map<LocalDate, BigDecimal> byDay) {
            days = new int[byDay.size()];
            amounts = new BigDecimal[byDay.size()];
            dayNumbers = new BigDecimal[byDay.size()];
            gapIndex = new int[byDay.size()];
            Map<Integer, Integer> distinct = new HashMap<>();
            LocalDate first = null;
            int i = 0;
            for (Map.Entry<LocalDate, BigDecimal> entry : byDay.entrySet()) {
                if (first == null) {
                    first = entry.getKey();
                }
                days[i] = (int) ChronoUnit.DAYS.between(first, entry.getKey());
                amounts[i] = entry.getValue();
                dayNumbers[i] = BigDecimal.valueOf(days[i]);
                gapIndex[i] = i == 0 ? -1 : distinct.computeIfAbsent(days[i] - days[i - 1], gap -> distinct.size());
                i++;
            }
            gaps = new int[distinct.size()];
            distinct.forEach((gap, index) -> gaps[index] = gap);
        }

        /** NPV(r) = Σ a_i v^d_i and its derivative −Σ a_i (d_i/365) v^d_i / (1+r), v = (1+r)^(−1/365). */
        BigDecimal[] valueAndSlope(BigDecimal rate, MathContext mc) {
            BigDecimal onePlus = BigDecimal.ONE.add(rate);
            BigDecimal v = BigMath.exp(
                    BigMath.ln(onePlus, mc).divide(DAYS_PER_YEAR, mc).negate(), mc);
            BigDecimal[] powers = new BigDecimal[gaps.length];
            for (int g = 0; g < gaps.length; g++) {
                powers[g] = v.pow(gaps[g], mc);
            }
            BigDecimal factor = BigDecimal.ONE;
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            for (int i = 0; i < days.length; i++) {
                if (gapIndex[i] >= 0) {
                    factor = factor.multiply(powers[gapIndex[i]], mc);
                }
                BigDecimal discounted = amounts[i].multiply(factor, mc);
                value = value.add(discounted, mc);
                weighted = weighted.add(discounted.multiply(dayNumbers[i]), mc);
            }
            BigDecimal slope =
                    weighted.divide(DAYS_PER_YEAR.multiply(onePlus), mc).negate();
            return new BigDecimal[] {value, slope};
        }
    }
}
