package dev.finsuite.finance.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long one budget period lasts. Periods are counted from the budget's start date, each computed from the
 * start (not from the previous period), so a budget starting on the 31st keeps returning to the 31st.
 */
public enum BudgetPeriod {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY;

    /** The first day of period {@code n} (0 is the one that begins on {@code start}). */
    public LocalDate startOf(LocalDate start, long n) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(n);
            case MONTHLY -> start.plusMonths(n);
            case QUARTERLY -> start.plusMonths(3 * n);
            case YEARLY -> start.plusYears(n);
        };
    }

    /** The number of the period that contains {@code date}, which is on or after {@code start}. */
    public long indexOf(LocalDate start, LocalDate date) {
        long estimate = switch (this) {
            case WEEKLY -> ChronoUnit.WEEKS.between(start, date);
            case MONTHLY -> ChronoUnit.MONTHS.between(start, date);
            case QUARTERLY -> ChronoUnit.MONTHS.between(start, date) / 3;
            case YEARLY -> ChronoUnit.YEARS.between(start, date);
        };
        long n = Math.max(0, estimate - 1);
        while (!startOf(start, n + 1).isAfter(date)) {
            n++;
        }
        return n;
    }
}
