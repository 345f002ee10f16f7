package dev.finsuite.finance.entry;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.finance.support.Kind;

/** The ways a change to expenses and income can be refused, each named as the fact it is. */
final class EntryFailures {

    private EntryFailures() {}

    static DomainFailure notFound(Kind kind) {
        return kind == Kind.EXPENSE ? new ExpenseNotFound() : new IncomeNotFound();
    }

    static final class ExpenseNotFound extends DomainFailure.NotFound {
        ExpenseNotFound() {
            super("No such expense");
        }
    }

    static final class IncomeNotFound extends DomainFailure.NotFound {
        IncomeNotFound() {
            super("No such income");
        }
    }

    /** The entry names a recurring rule the household does not have, or one of the other kind. */
    static final class NoSuchRecurringRule extends DomainFailure.Invalid {
        NoSuchRecurringRule(dev.finsuite.finance.support.Kind kind) {
            super("recurringRuleId", "no such " + kind.name().toLowerCase(java.util.Locale.ROOT) + " recurring rule");
        }
    }

    /** An occurrence belongs to the rule that created it. */
    static final class OccurrenceKeepsItsRule extends DomainFailure.Invalid {
        OccurrenceKeepsItsRule() {
            super("recurringRuleId", "this entry is an occurrence its rule created; its rule cannot change");
        }
    }
}
