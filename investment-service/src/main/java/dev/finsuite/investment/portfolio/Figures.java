package dev.finsuite.investment.portfolio;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import java.math.BigDecimal;

/**
 * The engine's figures as money. The engine keeps plain exact decimals in its loops (a Money per row would cost
 * the holdings and performance reads their allocation budget); a figure becomes Money, in the one currency it is
 * known to be in, where the read side adds, converts or shows it.
 */
final class Figures {

    private Figures() {}

    /** An engine figure in {@code currency}; null (unknown) stays null. */
    static Money in(Currency currency, BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency);
    }

    /** An engine figure as a response shows it: {@link Money#shownAmount()}; null (unknown) stays null. */
    static BigDecimal shown(Currency currency, BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency).shownAmount();
    }

    /** Money as a response shows it; null (unknown) stays null. */
    static BigDecimal shown(Money money) {
        return money == null ? null : money.shownAmount();
    }
}
