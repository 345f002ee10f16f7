package dev.finsuite.export.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Averages and spreads of monthly amounts, exact until the end: sums are exact, the variance is one exact
 * quotient ({@code (n·Σx² − (Σx)²) / n²}) taken to 34 significant digits, its square root likewise, and
 * only the result is rounded half-up to {@link #SCALE} decimals. Never a double.
 */
final class Statistics {

    /** Decimals of every average, standard deviation and threshold shown (as stored amounts have). */
    static final int SCALE = 4;

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private Statistics() {}

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The arithmetic mean, half-up to {@link #SCALE} decimals. */
    static BigDecimal mean(List<BigDecimal> values) {
        requireSome(values);
        return sum(values).divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The population standard deviation (divided by n, not n − 1: the months are the whole history compared
     * with, not a sample of it), half-up to {@link #SCALE} decimals.
     */
    static BigDecimal populationStandardDeviation(List<BigDecimal> values) {
        requireSome(values);
        BigDecimal n = BigDecimal.valueOf(values.size());
        BigDecimal sum = sum(values);
        BigDecimal sumOfSquares =
                values.stream().map(value -> value.multiply(value)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal numerator = n.multiply(sumOfSquares).subtract(sum.multiply(sum));
        if (numerator.signum() <= 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal variance = numerator.divide(n.multiply(n), PRECISION);
        return variance.sqrt(PRECISION).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** {@code change} as a percentage of {@code base}, half-up to 2 decimals; null when base is zero. */
    static BigDecimal percent(BigDecimal change, BigDecimal base) {
        if (base.signum() == 0) {
            return null;
        }
        return change.multiply(BigDecimal.valueOf(100)).divide(base, 2, RoundingMode.HALF_UP);
    }

    private static void requireSome(List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
    }
}
