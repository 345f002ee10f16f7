package dev.finsuite.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates the suite accepts anywhere at its edge (JSON bodies, query and path values): {@value #EARLIEST_TEXT}
 * to {@value #LATEST_TEXT}. Every date people record money, rates or prices on fits; a date such as
 * {@code -999999999-01-01} does not, and refusing it at the edge keeps it from overflowing date arithmetic (a
 * 500) or from being stored as a year-0 rate. A use that allows less narrows this range, never widens it.
 */
public final class DateBounds {

    static final String EARLIEST_TEXT = "1900-01-01";
    static final String LATEST_TEXT = "2200-12-31";

    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    private DateBounds() {}

    /** Parses {@code text} as an ISO date (2026-11-01) within the bounds, or says why not. */
    public static LocalDate parse(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("must be a date such as 2026-11-01");
        }
        return require(date);
    }

    /** {@code date}, or why it is outside the suite's range. */
    public static LocalDate require(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException("must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }
}
