package dev.finsuite.finance.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import dev.finsuite.finance.support.Amounts;
import dev.finsuite.finance.support.SensibleDates;

/** The fields of a budget that need the currency table or today's date to be checked. */
@Component
class BudgetFields {

    private final Currencies currencies;
    private final Clock clock;

    BudgetFields(Currencies currencies, Clock clock) {
        this.currencies = currencies;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Money limit(BigDecimal amount, String currency) {
        return currencies.money("limit", amount, "currency", currency);
    }

    /** The limit after a change of amount, currency or both (null: unchanged). */
    Money limit(Money current, BigDecimal amount, String currency) {
        return Amounts.revised(currencies, current, "limit", amount, currency);
    }

    /** Up to five years ahead: a budget planned for later. */
    LocalDate startDate(LocalDate date) {
        return SensibleDates.require("startDate", date, today().plusYears(5));
    }
}
