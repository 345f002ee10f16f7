package dev.finsuite.investment.support;

import dev.finsuite.common.domain.DomainFailure;
import java.time.LocalDate;

/** The ways a ledger day or range can be refused, each named as the fact it is. */
public final class LedgerDateFailures {

    private LedgerDateFailures() {}

    /** Activities and prices happen, they are not planned: a future day is a mistake. */
    public static class DayOutsideLedger extends DomainFailure.Invalid {
        DayOutsideLedger(String field, LocalDate today) {
            super(field, "must be between " + LedgerDates.EARLIEST + " and today (" + today + ")");
        }
    }

    public static class RangeEndOutsideLedger extends DomainFailure.Invalid {
        RangeEndOutsideLedger() {
            super("to", "must be between " + LedgerDates.EARLIEST + " and a year from today");
        }
    }

    public static class RangeBackwards extends DomainFailure.Invalid {
        RangeBackwards() {
            super("to", "must not be before from");
        }
    }

    public static class RangeTooLong extends DomainFailure.Invalid {
        RangeTooLong(int longestYears) {
            super("from", "must be within " + longestYears + " years of to");
        }
    }
}
