package dev.finsuite.finance.recurring;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a change to recurring rules can be refused, each named as the fact it is. */
final class RecurringFailures {

    private RecurringFailures() {}

    static final class RecurringRuleNotFound extends DomainFailure.NotFound {
        RecurringRuleNotFound() {
            super("No such recurring rule");
        }
    }

    /** Occurrences already created sit on the old rhythm's dates; moving them is not what a PATCH does. */
    static final class RhythmFixedByOccurrences extends DomainFailure.Conflict {
        RhythmFixedByOccurrences(int created) {
            super("This rule already created " + created + " occurrences; its frequency, interval, day of month and "
                    + "start date can no longer change. End it and create a new rule");
        }
    }

    static final class TypeCannotChange extends DomainFailure.Invalid {
        TypeCannotChange() {
            super("type", "cannot change; create a new rule instead");
        }
    }

    static final class DayOfMonthNotApplicable extends DomainFailure.Invalid {
        DayOfMonthNotApplicable() {
            super("dayOfMonth", "applies only to MONTHLY and YEARLY rules");
        }
    }

    static final class EndBeforeStart extends DomainFailure.Invalid {
        EndBeforeStart() {
            super("endDate", "must not be before startDate");
        }
    }
}
