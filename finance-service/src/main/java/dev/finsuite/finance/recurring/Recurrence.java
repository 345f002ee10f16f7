package dev.finsuite.finance.recurring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * When a rule falls due. Occurrence {@code n} is computed from the start every time, never from the previous
 * one, so a rule on the 31st falls on the 30th or the 28th/29th in shorter months and is back on the 31st after;
 * a yearly rule on 29 February falls on the 28th in common years. Pure: no clock, no storage.
 */
record Recurrence(
        Frequency frequency, int interval, Integer dayOfMonth, LocalDate start, LocalDate end, Integer count) {

    /** A schedule a person asks for: a day of the month only where months are counted, and no end before the start. */
    static Recurrence asked(
            Frequency frequency, int interval, Integer dayOfMonth, LocalDate start, LocalDate end, Integer count) {
        if (dayOfMonth != null && (frequency == Frequency.DAILY || frequency == Frequency.WEEKLY)) {
            throw new RecurringFailures.DayOfMonthNotApplicable();
        }
        if (end != null && end.isBefore(start)) {
            throw new RecurringFailures.EndBeforeStart();
        }
        return new Recurrence(frequency, interval, dayOfMonth, start, end, count);
    }

    /** The date of occurrence {@code n} (0 is the first), or null once the rule has ended by date or count. */
    LocalDate occurrence(int n) {
        if (count != null && n >= count) {
            return null;
        }
        LocalDate date = unbounded(n);
        return end != null && date.isAfter(end) ? null : date;
    }

    /** The number of the first occurrence on or after {@code date} (may be past the end). */
    int firstOnOrAfter(LocalDate date) {
        long n = 0;
        // Jump close by an estimate, then step: occurrences never come more often than daily.
        if (date.isAfter(start)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(start, date);
            long perStep = switch (frequency) {
                case DAILY -> interval;
                case WEEKLY -> 7L * interval;
                case MONTHLY -> 31L * interval;
                case YEARLY -> 366L * interval;
            };
            n = Math.max(0, days / perStep - 1);
        }
        // Callers keep dates within 1900-9999, so n stays far below Integer.MAX_VALUE.
        while (unbounded((int) n).isBefore(date)) {
            n++;
        }
        return (int) n;
    }

    /** The occurrences from {@code from} to {@code to}, inclusive, at most {@code limit} of them. */
    List<LocalDate> between(LocalDate from, LocalDate to, int limit) {
        List<LocalDate> dates = new ArrayList<>();
        for (int n = firstOnOrAfter(from); dates.size() < limit; n++) {
            LocalDate date = occurrence(n);
            if (date == null || date.isAfter(to)) {
                break;
            }
            dates.add(date);
        }
        return dates;
    }

    private LocalDate unbounded(int n) {
        return switch (frequency) {
            case DAILY -> start.plusDays((long) n * interval);
            case WEEKLY -> start.plusWeeks((long) n * interval);
            case MONTHLY -> onDay(YearMonth.from(start).plusMonths(firstPeriodOffset() + (long) n * interval));
            case YEARLY -> onDay(YearMonth.from(start).plusYears(firstPeriodOffset() + (long) n * interval));
        };
    }

    /** 1 when the day falls before the start in the start's own month (or year): the first is in the next one. */
    private long firstPeriodOffset() {
        return onDay(YearMonth.from(start)).isBefore(start) ? 1 : 0;
    }

    private LocalDate onDay(YearMonth month) {
        int day = dayOfMonth == null ? start.getDayOfMonth() : dayOfMonth;
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
