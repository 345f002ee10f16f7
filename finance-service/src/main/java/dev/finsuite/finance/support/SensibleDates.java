package dev.finsuite.finance.support;

import dev.finsuite.common.web.DateBounds;
import java.time.LocalDate;

/** Dates people record money on: not before 1900, and not later than each use allows. */
public final class SensibleDates {

    /** The suite's own earliest date: JSON and query dates before it are refused before they get here. */
    public static final LocalDate EARLIEST = DateBounds.EARLIEST;

    private SensibleDates() {}

    public static LocalDate require(String field, LocalDate date, LocalDate latest) {
        return require(field, date, EARLIEST, latest);
    }

    /** A use that allows less than the whole range: never before {@link #EARLIEST} all the same. */
    public static LocalDate require(String field, LocalDate date, LocalDate earliest, LocalDate latest) {
        LocalDate from = earliest.isBefore(EARLIEST) ? EARLIEST : earliest;
        if (date.isBefore(from) || date.isAfter(latest)) {
            throw new InvalidInput.DateOutOfRange(field, from, latest);
        }
        return date;
    }
}
