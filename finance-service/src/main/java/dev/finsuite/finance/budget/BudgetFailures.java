package dev.finsuite.finance.budget;

import dev.finsuite.common.domain.DomainFailure;
import java.time.LocalDate;

/** The ways a budget request can be refused, each named as the fact it is. */
final class BudgetFailures {

    private BudgetFailures() {}

    static final class BudgetNotFound extends DomainFailure.NotFound {
        BudgetNotFound() {
            super("No such budget");
        }
    }

    static final class BeforeBudgetStarts extends DomainFailure.Invalid {
        BeforeBudgetStarts(LocalDate start) {
            super("date", "is before the budget starts (" + start + ")");
        }
    }

    /** Periods are counted from the start, so a status far ahead would count a great many of them. */
    static final class StatusTooFarAhead extends DomainFailure.Invalid {
        StatusTooFarAhead() {
            super("date", "must be at most a hundred years from today");
        }
    }
}
