package dev.finsuite.finance.support;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** What a request's values are checked against, in every feature: the currency table and today's date. */
@Component
public class Inputs {

    private final Currencies currencies;
    private final Clock clock;

    Inputs(Currencies currencies, Clock clock) {
        this.currencies = currencies;
        this.clock = clock;
    }

    /** Today, UTC, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** New money: a currency still in use, and an amount payable in it (else a 400 on the field at fault). */
    public Money money(String amountField, BigDecimal amount, String currency) {
        return currencies.money(amountField, amount, "currency", currency);
    }

    /** Money after a PATCH of its amount, its currency or both (null: unchanged); see {@link Amounts#revised}. */
    public Money revised(Money current, String amountField, BigDecimal amount, String currency) {
        return Amounts.revised(currencies, current, amountField, amount, currency);
    }
}
