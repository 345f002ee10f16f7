package dev.finsuite.export.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How often a report is produced, and the periods that follows: ISO weeks (Monday first) or calendar months. */
enum Cadence {
    WEEKLY {
        @Override
        LocalDate periodStart(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate plusPeriods(LocalDate start, long periods) {
            return start.plusWeeks(periods);
        }

        @Override
        String label(LocalDate start) {
            return String.format(
                    "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    },
    MONTHLY {
        @Override
        LocalDate periodStart(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate plusPeriods(LocalDate start, long periods) {
            return start.plusMonths(periods);
        }

        @Override
        String label(LocalDate start) {
            return YearMonth.from(start).toString();
        }
    };

    /** The first day of the period {@code day} is in. */
    abstract LocalDate periodStart(LocalDate day);

    abstract LocalDate plusPeriods(LocalDate start, long periods);

    /** How a file names the period starting {@code start}: 2026-10, or 2026-W44. */
    abstract String label(LocalDate start);

    /** The first day of the next period after {@code today}'s: when the period {@code today} is in gets produced. */
    LocalDate nextRunAfter(LocalDate today) {
        return plusPeriods(periodStart(today), 1);
    }

    /** The period a run on {@code runOn} (a period's first day) produces: the one just ended. */
    Period endedBefore(LocalDate runOn) {
        LocalDate start = plusPeriods(runOn, -1);
        return new Period(start, runOn.minusDays(1));
    }

    /** A period's first and last day, both included. */
    record Period(LocalDate from, LocalDate to) {}
}
