package dev.finsuite.export.ledger;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import java.math.BigDecimal;

/** The tenant's base currency, in which every report and analysis is stated. */
public record BaseCurrency(Currency currency) {

    public String code() {
        return currency.code();
    }

    public int minorUnits() {
        return currency.minorUnits();
    }

    /** An exact amount read in the base currency; null (unknown) stays null. */
    public Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency);
    }

    public Money zero() {
        return Money.zero(currency);
    }

    /** An amount as shown: {@link Money#shownAmount()}, the suite's one rounding of shown money. */
    public BigDecimal shown(BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency).shownAmount();
    }
}
