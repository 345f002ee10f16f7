package dev.finsuite.emi.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a loan was agreed as: the amount lent, the yearly rate in percent, the number of monthly instalments,
 * the first instalment's date, and how many decimals the currency pays in.
 */
public record LoanTerms(
        BigDecimal principal, BigDecimal annualRate, int tenureMonths, LocalDate firstEmiDate, int minorUnits) {

    /** Dates a loan may have: wide enough for any real loan, narrow enough that date arithmetic cannot overflow. */
    public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    public static final String RANGE_MESSAGE = "must be between " + EARLIEST + " and " + LATEST;

    public static boolean withinRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Instalment {@code number}'s due date: the same day each month, or the month's last day when it is shorter. */
    public LocalDate dueDate(int number) {
        return firstEmiDate.plusMonths(number - 1L);
    }
}
