package dev.finsuite.finance.debt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.web.Text;
import dev.finsuite.finance.support.Amounts;
import dev.finsuite.finance.support.SensibleDates;

/** The fields of a borrowing or lending that need the currency table or today's date to be checked. */
@Component
class DebtFields {

    private final Currencies currencies;
    private final Clock clock;

    DebtFields(Currencies currencies, Clock clock) {
        this.currencies = currencies;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Money principal(BigDecimal amount, String currency) {
        return currencies.money("principal", amount, "currency", currency);
    }

    /** The principal after a change of amount, currency or both (null: unchanged). */
    Money principal(Money current, BigDecimal amount, String currency) {
        return Amounts.revised(currencies, current, "principal", amount, currency);
    }

    /** Tomorrow at the latest: "today" is UTC here, and may already be tomorrow for the household. */
    LocalDate date(LocalDate date) {
        return SensibleDates.require("date", date, today().plusDays(1));
    }

    static String name(String name) {
        String clean = Text.clean(name);
        if (clean == null) {
            throw new DebtFailures.BlankCounterparty();
        }
        return clean;
    }

    /** An interest rate of 0 means none. */
    static BigDecimal rate(BigDecimal rate) {
        return rate == null || rate.signum() == 0 ? null : rate;
    }
}
