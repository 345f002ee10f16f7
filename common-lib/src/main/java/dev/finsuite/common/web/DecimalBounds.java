package dev.finsuite.common.web;

import java.math.BigDecimal;

/**
 * The decimals the suite accepts anywhere at its edge (JSON bodies, query and path values): at most
 * {@value #MAX_SCALE} places after the point and {@value #MAX_INTEGER_DIGITS} before it. The widest stored
 * values (rates, unit prices, quantities) fit; a value like {@code 1E-300000000} does not, and refusing it at
 * the edge is what keeps it from costing minutes of CPU in arithmetic or in the driver, which builds
 * 10<sup>scale</sup> when it binds a parameter.
 */
public final class DecimalBounds {

    public static final int MAX_SCALE = 20;
    public static final int MAX_INTEGER_DIGITS = 24;

    private DecimalBounds() {}

    /** Parses {@code text} as a decimal within the bounds, or says why not. */
    public static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException | ArithmeticException notADecimal) {
            throw new IllegalArgumentException("must be a decimal number such as 1250.50");
        }
        return require(value);
    }

    /** {@code value}, or the same number without trailing zeros when only they take it past the bounds. */
    public static BigDecimal require(BigDecimal value) {
        if (value.scale() > MAX_SCALE && value.stripTrailingZeros().scale() <= MAX_SCALE) {
            return value.stripTrailingZeros()
                    .setScale(Math.max(0, value.stripTrailingZeros().scale()));
        }
        if (value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("has more than " + MAX_SCALE + " decimal places");
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("has more than " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        return value;
    }
}
