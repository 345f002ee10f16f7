package dev.finsuite.finance.support;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import java.math.BigDecimal;

/**
 * New amounts in a currency the household's money is already kept in: a repayment of a debt, a changed amount
 * of an expense. That currency was checked when that money was first recorded and may have been withdrawn since,
 * which must not stop the debt being repaid; the amount still has to be payable in it.
 */
public final class Amounts {

    private Amounts() {}

    /**
     * Money after a PATCH of its amount, its currency or both (null: unchanged): a new currency must be in use,
     * and the amount payable in it; an amount alone is checked against the currency the money is already kept in.
     */
    public static Money revised(
            Currencies currencies, Money current, String amountField, BigDecimal amount, String currency) {
        if (currency != null) {
            return currencies.money(amountField, amount == null ? current.amount() : amount, "currency", currency);
        }
        return amount == null ? current : in(current.currency(), amountField, amount);
    }

    public static Money in(Currency currency, String field, BigDecimal amount) {
        Money money = new Money(amount, currency);
        if (!money.fitsMinorUnits()) {
            throw new TooManyDecimals(field, money);
        }
        return money;
    }

    /** More decimals than the currency pays in. */
    public static final class TooManyDecimals extends DomainFailure.Invalid {
        TooManyDecimals(String field, Money money) {
            super(field, money.currencyCode() + " has " + money.currency().minorUnits() + " decimal places");
        }
    }
}
