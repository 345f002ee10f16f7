package dev.finsuite.finance.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** When rules fall due: month ends, leap years, intervals, ends by date and by count. */
class RecurrenceTests {

    @Test
    void theThirtyFirstFallsOnTheLastDayOfShorterMonthsAndReturns() {
        Recurrence rule = new Recurrence(Frequency.MONTHLY, 1, 31, LocalDate.of(2026, 1, 31), null, null);
        assertThat(first(rule, 6))
                .containsExactly(
                        LocalDate.of(2026, 1, 31),
                        LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 4, 30),
                        LocalDate.of(2026, 5, 31),
                        LocalDate.of(2026, 6, 30));
        Recurrence leap = new Recurrence(Frequency.MONTHLY, 1, 30, LocalDate.of(2028, 1, 30), null, null);
        assertThat(first(leap, 3))
                .containsExactly(LocalDate.of(2028, 1, 30), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 30));
    }

    @Test
    void aYearlyRuleOnTheTwentyNinthOfFebruaryKeepsToItInLeapYears() {
        Recurrence rule = new Recurrence(Frequency.YEARLY, 1, null, LocalDate.of(2024, 2, 29), null, null);
        assertThat(first(rule, 5))
                .containsExactly(
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(2025, 2, 28),
                        LocalDate.of(2026, 2, 28),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2028, 2, 29));
    }

    @Test
    void aDayBeforeTheStartMeansTheFirstIsInTheNextMonth() {
        Recurrence rule = new Recurrence(Frequency.MONTHLY, 2, 10, LocalDate.of(2026, 1, 15), null, null);
        assertThat(first(rule, 3))
                .containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 6, 10));
    }

    @Test
    void intervalsEndDatesAndCounts() {
        Recurrence fortnightly =
                new Recurrence(Frequency.WEEKLY, 2, null, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 14), null);
        assertThat(first(fortnightly, 10))
                .containsExactly(
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 14));
        Recurrence threeDays = new Recurrence(Frequency.DAILY, 3, null, LocalDate.of(2026, 12, 30), null, 3);
        assertThat(first(threeDays, 10))
                .containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 5));
    }

    @Test
    void previewsMatchTheOccurrencesOneByOne() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            Frequency frequency = Frequency.values()[random.nextInt(4)];
            boolean monthly = frequency == Frequency.MONTHLY || frequency == Frequency.YEARLY;
            Recurrence rule = new Recurrence(
                    frequency,
                    1 + random.nextInt(3),
                    monthly ? 1 + random.nextInt(31) : null,
                    LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)),
                    null,
                    null);
            LocalDate from = rule.start().plusDays(random.nextInt(1500));
            LocalDate to = from.plusDays(random.nextInt(800));
            List<LocalDate> expected = new ArrayList<>();
            for (int n = 0; ; n++) {
                LocalDate date = rule.occurrence(n);
                if (date.isAfter(to)) {
                    break;
                }
                if (!date.isBefore(from)) {
                    expected.add(date);
                }
            }
            assertThat(rule.between(from, to, 10_000))
                    .as(rule + " from " + from + " to " + to)
                    .isEqualTo(expected);
        }
    }

    private static List<LocalDate> first(Recurrence rule, int limit) {
        List<LocalDate> dates = new ArrayList<>();
        for (int n = 0; n < limit && rule.occurrence(n) != null; n++) {
            dates.add(rule.occurrence(n));
        }
        return dates;
    }
}
