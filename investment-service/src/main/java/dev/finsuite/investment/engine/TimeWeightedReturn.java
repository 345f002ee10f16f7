package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time-weighted return by daily linking. Money put in is taken at the <b>start</b> of its day (invested for the whole
 * day) and money taken out at its <b>end</b> (it earned that day's return before it left), so each day's growth is
 *
 * <pre>  1 + r_t = (V_t + I_t + F⁻_t) / (V_{t−1} + F⁺_t)</pre>
 *
 * with V the end-of-day value, F⁺ the day's net inflow and F⁻ its net outflow (one of them is zero) and I its income
 * (zero when income is excluded). Selling everything is therefore the sale's own return, not −100%.
 * Before the first day the value is zero, so a first day that starts with a purchase is a return of its own; a
 * day whose denominator is zero (nothing invested) is skipped. The return is Π(1 + r_t) − 1. Annualised, it is
 * (1 + R)^(365/days) − 1 with days counted from the start of the first day that had a return to the end of the last
 * day, computed as e^((365/days)·ln(1+R)) in BigDecimal (see {@link BigMath}); annualised even under a year when
 * asked. Any unknown value (null) gives no result, with the day named in the reason. Divisions at DECIMAL128.
 */
public final class TimeWeightedReturn {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private TimeWeightedReturn() {}

    public static RateResult of(List<DailyValue> days, boolean annualise) {
        return of(days, annualise, true);
    }

    public static RateResult of(List<DailyValue> days, boolean annualise, boolean includeIncome) {
        if (days.isEmpty()) {
            return RateResult.none("no days");
        }
        List<DailyValue> ordered = new ArrayList<>(days);
        ordered.sort(Comparator.comparing(DailyValue::date));
        for (int i = 0; i < ordered.size(); i++) {
            DailyValue day = ordered.get(i);
            if (day.value() == null) {
                return RateResult.none("unknown value on " + day.date());
            }
            if (i > 0 && ordered.get(i - 1).date().equals(day.date())) {
                throw new IllegalArgumentException("Two values for " + day.date());
            }
        }
        BigDecimal previous = BigDecimal.ZERO;
        BigDecimal growth = BigDecimal.ONE;
        LocalDate firstCounted = null;
        for (DailyValue day : ordered) {
            BigDecimal inflow = day.flow().max(BigDecimal.ZERO);
            BigDecimal outflow = day.flow().min(BigDecimal.ZERO).negate();
            BigDecimal invested = previous.add(inflow);
            if (invested.signum() != 0) {
                BigDecimal ended = day.value().add(outflow).add(includeIncome ? day.income() : BigDecimal.ZERO);
                growth = growth.multiply(ended.divide(invested, PRECISION), PRECISION);
                if (firstCounted == null) {
                    firstCounted = day.date();
                }
            }
            previous = day.value();
        }
        if (firstCounted == null) {
            return RateResult.none("nothing invested on any day");
        }
        if (!annualise) {
            return RateResult.of(growth.subtract(BigDecimal.ONE));
        }
        long span = ChronoUnit.DAYS.between(
                        firstCounted, ordered.get(ordered.size() - 1).date())
                + 1;
        if (growth.signum() == 0) {
            return RateResult.of(BigDecimal.ONE.negate());
        }
        if (growth.signum() < 0) {
            return RateResult.none("a loss of more than 100% cannot be annualised");
        }
        BigDecimal exponent = DAYS_PER_YEAR.divide(BigDecimal.valueOf(span), PRECISION);
        return RateResult.of(BigMath.pow(growth, exponent, PRECISION).subtract(BigDecimal.ONE));
    }
}
