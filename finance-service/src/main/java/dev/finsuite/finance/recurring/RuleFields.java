package dev.finsuite.finance.recurring;

import dev.finsuite.common.money.Money;
import dev.finsuite.finance.support.Inputs;
import dev.finsuite.finance.support.SensibleDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The fields of a rule as checked for this feature: its money, and how far back it may start. */
@Component
class RuleFields {

    private final Inputs inputs;
    private final RecurringLimits limits;

    RuleFields(Inputs inputs, RecurringLimits limits) {
        this.inputs = inputs;
        this.limits = limits;
    }

    LocalDate today() {
        return inputs.today();
    }

    Money money(BigDecimal amount, String currency) {
        return inputs.money("amount", amount, currency);
    }

    /** The money after a change of amount, currency or both (null: unchanged). */
    Money money(Money current, BigDecimal amount, String currency) {
        return inputs.revised(current, "amount", amount, currency);
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
