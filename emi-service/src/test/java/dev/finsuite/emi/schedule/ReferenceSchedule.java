package dev.finsuite.emi.schedule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent reference for the bank convention, sharing no code with production: the EMI is worked in
 * exact fractions of BigIntegers (no precision limit at all), due dates are built from year-months by hand,
 * and interest is rounded half-up from an exact fraction. If production and this agree to the cent on every
 * line, both implement the convention as written.
 */
final class ReferenceSchedule {

    record Line(
            int number,
            LocalDate due,
            BigDecimal opening,
            BigDecimal emi,
            BigDecimal interest,
            BigDecimal principal,
            BigDecimal closing) {}

    /** A change applied before instalment {@code beforeNumber}: a prepayment, a new rate, or both. */
    record Change(int beforeNumber, BigDecimal prepayment, BigDecimal newRate, boolean keepEmi) {}

    private ReferenceSchedule() {}

    /** Exact fraction p/q with q > 0. */
    private record Fraction(BigInteger p, BigInteger q) {
        static Fraction of(BigDecimal value) {
            return new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale())).normal();
        }

        Fraction normal() {
            BigInteger g = p.gcd(q);
            if (g.signum() == 0) {
                return this;
            }
            return q.signum() < 0
                    ? new Fraction(p.negate().divide(g), q.negate().divide(g))
                    : new Fraction(p.divide(g), q.divide(g));
        }

        Fraction times(Fraction o) {
            return new Fraction(p.multiply(o.p), q.multiply(o.q)).normal();
        }

        Fraction over(Fraction o) {
            return new Fraction(p.multiply(o.q), q.multiply(o.p)).normal();
        }

        Fraction plus(Fraction o) {
            return new Fraction(p.multiply(o.q).add(o.p.multiply(q)), q.multiply(o.q)).normal();
        }

        Fraction minusOne() {
            return new Fraction(p.subtract(q), q).normal();
        }

        Fraction power(int n) {
            return new Fraction(p.pow(n), q.pow(n));
        }

        BigDecimal roundHalfUp(int scale) {
            return new BigDecimal(p).divide(new BigDecimal(q), scale, RoundingMode.HALF_UP);
        }
    }

    static BigDecimal emi(BigDecimal principal, BigDecimal annualRate, int months, int scale) {
        Fraction p = Fraction.of(principal);
        if (annualRate.signum() == 0) {
            return p.over(new Fraction(BigInteger.valueOf(months), BigInteger.ONE))
                    .roundHalfUp(scale);
        }
        Fraction r = Fraction.of(annualRate).over(new Fraction(BigInteger.valueOf(1200), BigInteger.ONE));
        Fraction growth = r.plus(new Fraction(BigInteger.ONE, BigInteger.ONE)).power(months);
        return p.times(r).times(growth).over(growth.minusOne()).roundHalfUp(scale);
    }

    static BigDecimal interest(BigDecimal balance, BigDecimal annualRate, int scale) {
        return Fraction.of(balance)
                .times(Fraction.of(annualRate))
                .over(new Fraction(BigInteger.valueOf(1200), BigInteger.ONE))
                .roundHalfUp(scale);
    }

    static LocalDate due(LocalDate first, int number) {
        YearMonth month = YearMonth.from(first).plusMonths(number - 1L);
        return month.atDay(Math.min(first.getDayOfMonth(), month.lengthOfMonth()));
    }

    static List<Line> schedule(
            BigDecimal principal, BigDecimal rate, int months, LocalDate first, int scale, List<Change> changes) {
        List<Line> lines = new ArrayList<>();
        BigDecimal balance = principal.setScale(scale);
        BigDecimal emi = emi(balance, rate, months, scale);
        int last = months;
        boolean keepEmi = false;
        for (int k = 1; balance.signum() > 0; k++) {
            for (Change change : changes) {
                if (change.beforeNumber() != k) {
                    continue;
                }
                if (change.prepayment() != null) {
                    balance = balance.subtract(change.prepayment());
                }
                if (change.newRate() != null) {
                    rate = change.newRate();
                }
                keepEmi = change.keepEmi();
                if (!keepEmi) {
                    emi = emi(balance, rate, last - k + 1, scale);
                } else {
                    last = Integer.MAX_VALUE;
                }
            }
            if (balance.signum() == 0) {
                break;
            }
            BigDecimal interest = interest(balance, rate, scale);
            boolean isLast = keepEmi ? balance.add(interest).compareTo(emi) <= 0 : k == last;
            BigDecimal principalPart = isLast ? balance : emi.subtract(interest);
            BigDecimal amount = isLast ? balance.add(interest) : emi;
            BigDecimal closing = balance.subtract(principalPart);
            lines.add(new Line(k, due(first, k), balance, amount, interest, principalPart, closing));
            balance = closing;
            if (keepEmi && isLast) {
                last = k;
            }
        }
        return lines;
    }
}
