package dev.finsuite.export.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Calendar months from {@code first} to {@code last}, both included. */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException(first + " is after " + last);
        }
    }

    /** The {@code count} months that end just before {@code month} (the history a month is compared with). */
    public static MonthRange before(YearMonth month, int count) {
        return new MonthRange(month.minusMonths(count), month.minusMonths(1));
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    /** The first day after the range: queries take {@code date < endExclusive()}, so the last day is whole. */
    public LocalDate endExclusive() {
        return last.plusMonths(1).atDay(1);
    }

    public int size() {
        return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(size());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }
}
