package dev.finsuite.finance.recurring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import dev.finsuite.finance.support.Amounts;
import dev.finsuite.finance.support.SensibleDates;

/** The fields of a rule that need the currency table or today's date to be checked. */
@Component
class RuleFields {

    private final Currencies currencies;
    private final RecurringLimits limits;
    private final Clock clock;

    RuleFields(Currencies currencies, RecurringLimits limits, Clock clock) {
        this.currencies = currencies;
        this.limits = limits;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Money money(BigDecimal amount, String currency) {
        return currencies.money(amount, currency);
    }

    /** The money after a change of amount, currency or both (null: unchanged). */
    Money money(Money current, BigDecimal amount, String currency) {
        return Amounts.revised(currencies, current, "amount", amount, currency);
    }

    /**
     * Every past occurrence of a new rule is back-filled, so how far back it may start is bounded by the
     * back-fill limit (ten years by default), not by 1900 as an expense's date is. A user who sets a start
     * decades ago has almost always mistyped the year (1926 for 2026) and would not want tens of thousands of
     * rows; one who really has older history imports it as expenses. Refusing here tells them at once, naming
     * the earliest start, where accepting would fill their ledger over hours of job runs. A rule stored before
     * this limit keeps its start; the job's per-run bounds work its backlog off without delaying anyone else.
     */
    LocalDate start(LocalDate requested) {
        LocalDate today = today();
        return SensibleDates.require("startDate", requested, today.minus(limits.maxBackfill()), today.plusYears(5));
    }
}
