package dev.finsuite.investment.portfolio;

import dev.finsuite.common.web.ApiException.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A period asked of the portfolio: {@code start} is the day whose closing value the period starts from (the day
 * before its first day), {@code end} its last day.
 */
record Range(String name, LocalDate start, LocalDate end) {

    static final String NAMES = "1D, WTD, MTD, YTD, 1Y, 5Y, MAX or a year such as 2024";

    /** @param firstActivity the ledger's first day, for MAX; null when the ledger is empty */
    static Range parse(String range, LocalDate today, LocalDate firstActivity) {
        String name = range == null ? "MAX" : range.strip().toUpperCase(Locale.ROOT);
        LocalDate start = switch (name) {
            case "1D" -> today.minusDays(1);
            case "WTD" ->
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(1);
            case "MTD" -> today.withDayOfMonth(1).minusDays(1);
            case "YTD" -> today.withDayOfYear(1).minusDays(1);
            case "1Y" -> today.minusYears(1);
            case "5Y" -> today.minusYears(5);
            case "MAX" -> firstActivity == null ? today.minusDays(1) : firstActivity.minusDays(1);
            default -> null;
        };
        if (start != null) {
            return new Range(name, start, today);
        }
        if (name.matches("(19|20)\\d\\d")) {
            int year = Integer.parseInt(name);
            if (year <= today.getYear()) {
                LocalDate end = LocalDate.of(year, 12, 31);
                return new Range(name, LocalDate.of(year - 1, 12, 31), end.isAfter(today) ? today : end);
            }
        }
        throw new ValidationException("range", "must be one of " + NAMES + " (not a future year)");
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /** Returns over more than a year are annualised. */
    boolean longerThanAYear() {
        return start.plusYears(1).isBefore(end);
    }
}
