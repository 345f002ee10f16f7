package dev.finsuite.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in one currency. Arithmetic is exact and only between equal currencies (adding rupees to euros
 * is a bug, not a conversion); rounding happens in one place, {@link #shown()}, half-up to the currency's minor
 * units, where an amount is shown or paid. Two amounts are equal when they are the same number in the same
 * currency: {@code 12.5 EUR} equals {@code 12.50 EUR}.
 *
 * <p>Obtain one from {@link Currencies}: {@code money(field, amount, code)} for new input (validated),
 * {@code stored(amount, code)} for amounts read back.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public String currencyCode() {
        return currency.code();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** Exact: a quantity times a unit price, a share of a split. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Whether the amount can be paid as it is: no more decimals than the currency has minor units. */
    public boolean fitsMinorUnits() {
        return amount.stripTrailingZeros().scale() <= currency.minorUnits();
    }

    /** The amount as shown or paid: half-up to the currency's minor units, the suite's one rounding of money. */
    public Money shown() {
        return new Money(shownAmount(), currency);
    }

    /** {@link #shown()}'s amount, for a response field. */
    public BigDecimal shownAmount() {
        return amount.setScale(currency.minorUnits(), RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money
                && currency.code().equals(money.currency.code())
                && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency.code(), amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.code();
    }

    private Money sameCurrency(Money other) {
        if (!currency.code().equals(other.currency.code())) {
            throw new CurrencyMismatch(this, other);
        }
        return other;
    }

    /** Money of two currencies met in exact arithmetic: a bug in the caller, which must convert first. */
    public static final class CurrencyMismatch extends IllegalArgumentException {
        CurrencyMismatch(Money left, Money right) {
            super("Cannot combine " + left + " with " + right + " without converting");
        }
    }
}
