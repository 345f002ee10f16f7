package dev.finsuite.investment.support;

import dev.finsuite.investment.support.LedgerDateFailures.DayOutsideLedger;
import dev.finsuite.investment.support.LedgerDateFailures.RangeBackwards;
import dev.finsuite.investment.support.LedgerDateFailures.RangeEndOutsideLedger;
import dev.finsuite.investment.support.LedgerDateFailures.RangeTooLong;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The days an investment ledger accepts: from 1900 to today. Activities and prices happen, they are not planned,
 * so a future date is a mistake rather than a plan.
 */
@Component
public class LedgerDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** A range asked of the portfolio reads at most this many years, so one request cannot ask for centuries. */
    private static final int LONGEST_RANGE_YEARS = 130;

    private final Clock clock;

    LedgerDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate requirePastOrToday(String field, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(today())) {
            throw new DayOutsideLedger(field, today());
        }
        return date;
    }

    public void requireRange(LocalDate from, LocalDate to) {
        requirePastOrToday("from", from);
        if (to.isBefore(EARLIEST) || to.isAfter(today().plusYears(1))) {
            throw new RangeEndOutsideLedger();
        }
        if (to.isBefore(from)) {
            throw new RangeBackwards();
        }
        if (from.plusYears(LONGEST_RANGE_YEARS).isBefore(to)) {
            throw new RangeTooLong(LONGEST_RANGE_YEARS);
        }
    }
}
