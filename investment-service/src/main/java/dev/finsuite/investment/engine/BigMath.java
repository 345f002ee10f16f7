package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Natural logarithm and exponential in BigDecimal, so that non-integer powers ((1+r)^(d/365), (1+r)^(365/days))
 * never pass through binary floating point. Worked at 60 significant digits and rounded to the caller's context:
 * the argument reductions below (repeated square roots, repeated squaring) cost at most ~8 digits.
 */
final class BigMath {

    private static final MathContext WORK = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal REDUCED = new BigDecimal("0.001");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal EPSILON = BigDecimal.ONE.movePointLeft(62);

    private BigMath() {}

    /** ln(x), x &gt; 0: x is square-rooted k times to within 0.001 of 1, then ln = 2^k · 2·atanh((x−1)/(x+1)). */
    static BigDecimal ln(BigDecimal x, MathContext mc) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of a non-positive number: " + x);
        }
        int k = 0;
        BigDecimal y = x;
        while (y.subtract(BigDecimal.ONE).abs().compareTo(REDUCED) > 0) {
            y = y.sqrt(WORK);
            k++;
        }
        BigDecimal z = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), WORK);
        BigDecimal z2 = z.multiply(z, WORK);
        BigDecimal term = z;
        BigDecimal sum = z;
        for (int n = 3; term.abs().compareTo(EPSILON) > 0; n += 2) {
            term = term.multiply(z2, WORK);
            sum = sum.add(term.divide(BigDecimal.valueOf(n), WORK), WORK);
        }
        return sum.multiply(TWO).multiply(TWO.pow(k)).round(mc);
    }

    /** e^x: x is halved k times to below 0.001, summed as a Taylor series, then squared k times. */
    static BigDecimal exp(BigDecimal x, MathContext mc) {
        int k = 0;
        BigDecimal y = x;
        while (y.abs().compareTo(REDUCED) > 0) {
            y = y.divide(TWO, WORK);
            k++;
        }
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(EPSILON) > 0; n++) {
            term = term.multiply(y, WORK).divide(BigDecimal.valueOf(n), WORK);
            sum = sum.add(term, WORK);
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, WORK);
        }
        return sum.round(mc);
    }

    /** base^exponent for base &gt; 0 and any exponent: e^(exponent · ln base). */
    static BigDecimal pow(BigDecimal base, BigDecimal exponent, MathContext mc) {
        return exp(exponent.multiply(ln(base, WORK), WORK), mc);
    }
}
