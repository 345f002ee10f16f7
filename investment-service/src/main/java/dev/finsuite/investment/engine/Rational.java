package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction num/den in lowest terms, den &gt; 0. Quantities are kept this way so that a split by 1/3 and a
 * later 3/1 give back exactly what was held; they are rounded only on the way out.
 */
final class Rational implements Comparable<Rational> {

    static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.equals(BigInteger.ONE)) {
            return num.signum() == 0 ? ZERO : new Rational(num, den); // a whole number: nothing to reduce
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return num.signum() == 0 ? ZERO : new Rational(num, den);
    }

    static Rational of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    static Rational of(BigDecimal value) {
        // Stored quantities carry ten decimals (numeric(28,10)) and are mostly whole: stripping the zeros first
        // spares a gcd with 10^10 for each of them.
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return value.scale() <= 0
                ? new Rational(value.toBigIntegerExact(), BigInteger.ONE)
                : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    Rational plus(Rational o) {
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rational minus(Rational o) {
        return plus(o.negate());
    }

    Rational negate() {
        return new Rational(num.negate(), den);
    }

    Rational times(Rational o) {
        if (o.equals(ONE)) {
            return this;
        }
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    Rational over(Rational o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    int signum() {
        return num.signum();
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    /** amount × this, divided once at {@code mc} (exact when the denominator is 1). */
    BigDecimal timesAmount(BigDecimal amount, MathContext mc) {
        BigDecimal product = amount.multiply(new BigDecimal(num));
        return den.equals(BigInteger.ONE) ? product : product.divide(new BigDecimal(den), mc);
    }

    /** amount ÷ this, divided once at {@code mc}. */
    BigDecimal divideAmount(BigDecimal amount, MathContext mc) {
        BigDecimal product = amount.multiply(new BigDecimal(den));
        return num.equals(BigInteger.ONE) ? product : product.divide(new BigDecimal(num), mc);
    }

    BigDecimal round(int scale) {
        if (den.equals(BigInteger.ONE)) {
            return new BigDecimal(num).setScale(scale);
        }
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return num + "/" + den;
    }
}
