package dev.finsuite.emi.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Production schedules against {@link ReferenceSchedule}, line by line, to the minor unit. */
class AmortizationTests {

    @ParameterizedTest(name = "{0} at {1}% over {2} months from {3}")
    @CsvSource({
        "100000, 10, 12, 2026-01-05, 2",
        "1000000, 8.5, 240, 2026-02-05, 2",
        "5000000, 8.75, 360, 2026-01-31, 2",
        "250000, 7.1234, 84, 2024-03-29, 2",
        "120000, 0, 7, 2026-01-31, 2",
        "1000, 0, 3, 2026-05-15, 2",
        "3000000, 11.99, 60, 2027-08-30, 0",
        "12345.67, 99.9999, 600, 2025-12-31, 2",
        "750000, 6.6, 1, 2026-04-10, 3",
        "1020, 8.5, 1, 2026-04-10, 2"
    })
    void matchesTheReferenceLineByLine(BigDecimal principal, BigDecimal rate, int months, LocalDate first, int scale) {
        Schedule schedule = Amortization.project(new LoanTerms(principal, rate, months, first, scale));
        List<ReferenceSchedule.Line> expected =
                ReferenceSchedule.schedule(principal, rate, months, first, scale, List.of());

        assertSame(schedule, expected);
        assertThat(schedule.length()).isEqualTo(months);
        assertEndsAtZeroAndRepaysThePrincipal(schedule, principal, scale);
    }

    @Test
    void knownBankFigures() {
        assertThat(Amortization.emi(new BigDecimal("100000"), BigDecimal.TEN, 12, 2))
                .isEqualByComparingTo("8791.59");
        assertThat(Amortization.emi(new BigDecimal("1000000"), new BigDecimal("8.5"), 240, 2))
                .isEqualByComparingTo("8678.23");
        assertThat(Amortization.emi(new BigDecimal("5000000"), new BigDecimal("8.75"), 360, 2))
                .isEqualByComparingTo("39335.02");
        assertThat(Amortization.emi(new BigDecimal("1000"), BigDecimal.ZERO, 3, 2))
                .isEqualByComparingTo("333.33");
    }

    @Test
    void aHalfMinorUnitOfInterestRoundsUpExactly() {
        // 1020.00 × 8.5% / 12 = 7.225 exactly: banks print 7.23, and a truncated monthly rate would give 7.22.
        Schedule schedule = Amortization.project(
                new LoanTerms(new BigDecimal("1020"), new BigDecimal("8.5"), 1, LocalDate.of(2026, 1, 5), 2));

        assertThat(schedule.instalments().get(0).interest()).isEqualByComparingTo("7.23");
    }

    @Test
    void anEmiThatRoundsToNothingIsRefused() {
        assertThatThrownBy(() -> Amortization.project(
                        new LoanTerms(new BigDecimal("100"), BigDecimal.ZERO, 600, LocalDate.of(2026, 1, 5), 0)))
                .isInstanceOf(ScheduleRejected.class)
                .hasMessageContaining("rounds to nothing");
    }

    @Test
    void aMonthEndFirstEmiFallsBackInShortMonthsAndReturnsToThe31st() {
        Schedule schedule = Amortization.project(
                new LoanTerms(new BigDecimal("60000"), BigDecimal.TEN, 15, LocalDate.of(2027, 1, 31), 2));

        assertThat(schedule.instalments())
                .extracting(Instalment::dueDate)
                .startsWith(
                        LocalDate.of(2027, 1, 31),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30))
                .contains(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
    }

    @Test
    void theLastInstalmentOfAZeroRateLoanTakesTheRoundingRemainder() {
        Schedule schedule = Amortization.project(
                new LoanTerms(new BigDecimal("1000"), BigDecimal.ZERO, 3, LocalDate.of(2026, 1, 1), 2));

        assertThat(schedule.instalments())
                .extracting(Instalment::amount)
                .map(BigDecimal::toPlainString)
                .containsExactly("333.33", "333.33", "333.34");
        assertThat(schedule.totalInterest()).isZero();
    }

    @Test
    void reduceTenureKeepsTheEmiAndEndsWithASmallerInstalment() {
        LocalDate first = LocalDate.of(2026, 2, 5);
        BigDecimal principal = new BigDecimal("1000000");
        BigDecimal rate = new BigDecimal("8.5");
        // Prepaid on 2027-03-10: after instalment 14 (due 2027-03-05), before instalment 15.
        Schedule schedule = Amortization.project(
                new LoanTerms(principal, rate, 240, first, 2),
                List.of(new Adjustment.Prepayment(
                        LocalDate.of(2027, 3, 10), new BigDecimal("200000"), Strategy.REDUCE_TENURE)));
        List<ReferenceSchedule.Line> expected = ReferenceSchedule.schedule(
                principal,
                rate,
                240,
                first,
                2,
                List.of(new ReferenceSchedule.Change(15, new BigDecimal("200000"), null, true)));

        assertSame(schedule, expected);
        assertThat(schedule.length()).isLessThan(240);
        Instalment last = schedule.instalments().get(schedule.length() - 1);
        assertThat(last.amount()).isLessThanOrEqualTo(new BigDecimal("8678.23"));
        assertThat(schedule.instalments().subList(0, schedule.length() - 1))
                .allSatisfy(i -> assertThat(i.amount()).isEqualByComparingTo("8678.23"));
        assertThat(schedule.instalments().get(14).prepaid()).isEqualByComparingTo("200000");
        assertEndsAtZeroAndRepaysThePrincipal(schedule, principal.subtract(new BigDecimal("200000")), 2);
    }

    @Test
    void reduceEmiKeepsTheEndDateAndLowersTheInstalment() {
        LocalDate first = LocalDate.of(2026, 1, 31);
        BigDecimal principal = new BigDecimal("5000000");
        BigDecimal rate = new BigDecimal("8.75");
        Schedule schedule = Amortization.project(
                new LoanTerms(principal, rate, 360, first, 2),
                List.of(new Adjustment.Prepayment(
                        LocalDate.of(2028, 6, 30), new BigDecimal("750000.50"), Strategy.REDUCE_EMI)));
        // 2028-06-30 is the due date of instalment 30, so the prepayment comes after it.
        List<ReferenceSchedule.Line> expected = ReferenceSchedule.schedule(
                principal,
                rate,
                360,
                first,
                2,
                List.of(new ReferenceSchedule.Change(31, new BigDecimal("750000.50"), null, false)));

        assertSame(schedule, expected);
        assertThat(schedule.length()).isEqualTo(360);
        assertThat(schedule.instalments().get(30).amount())
                .isLessThan(schedule.instalments().get(29).amount());
        assertEndsAtZeroAndRepaysThePrincipal(schedule, principal.subtract(new BigDecimal("750000.50")), 2);
    }

    @Test
    void aRateChangeUnderEachStrategy() {
        LocalDate first = LocalDate.of(2026, 3, 15);
        BigDecimal principal = new BigDecimal("2500000");
        BigDecimal rate = new BigDecimal("7.4");
        LoanTerms terms = new LoanTerms(principal, rate, 240, first, 2);
        // Effective 2027-03-15, the due date of instalment 13: that instalment is the first priced at the new rate.
        var rise = new Adjustment.RateChange(LocalDate.of(2027, 3, 15), new BigDecimal("8.15"), Strategy.REDUCE_EMI);
        assertSame(
                Amortization.project(terms, List.of(rise)),
                ReferenceSchedule.schedule(
                        principal,
                        rate,
                        240,
                        first,
                        2,
                        List.of(new ReferenceSchedule.Change(13, null, new BigDecimal("8.15"), false))));

        var cut = new Adjustment.RateChange(LocalDate.of(2027, 3, 16), new BigDecimal("6.9"), Strategy.REDUCE_TENURE);
        Schedule shorter = Amortization.project(terms, List.of(cut));
        assertSame(
                shorter,
                ReferenceSchedule.schedule(
                        principal,
                        rate,
                        240,
                        first,
                        2,
                        List.of(new ReferenceSchedule.Change(14, null, new BigDecimal("6.9"), true))));
        assertThat(shorter.length()).isLessThan(240);
        assertEndsAtZeroAndRepaysThePrincipal(shorter, principal, 2);
    }

    @Test
    void prepayingTheWholeBalanceEndsTheSchedule() {
        LoanTerms terms = new LoanTerms(new BigDecimal("100000"), BigDecimal.TEN, 12, LocalDate.of(2026, 1, 5), 2);
        BigDecimal afterThree = Amortization.project(terms).instalments().get(2).closingBalance();

        Schedule schedule = Amortization.project(
                terms,
                List.of(new Adjustment.Prepayment(LocalDate.of(2026, 3, 20), afterThree, Strategy.REDUCE_TENURE)));

        assertThat(schedule.length()).isEqualTo(3);
        assertThat(schedule.totalPrepaid()).isEqualByComparingTo(afterThree);
    }

    @Test
    void refusesAPrepaymentAboveTheBalanceAndAnAdjustmentAfterTheLoanEnds() {
        LoanTerms terms = new LoanTerms(new BigDecimal("100000"), BigDecimal.TEN, 12, LocalDate.of(2026, 1, 5), 2);

        assertThatThrownBy(() -> Amortization.project(
                        terms,
                        List.of(new Adjustment.Prepayment(
                                LocalDate.of(2026, 1, 1), new BigDecimal("100000.01"), Strategy.REDUCE_EMI))))
                .isInstanceOf(ScheduleRejected.class)
                .hasMessageContaining("more than");
        assertThatThrownBy(() -> Amortization.project(
                        terms,
                        List.of(new Adjustment.RateChange(
                                LocalDate.of(2027, 1, 6), BigDecimal.ONE, Strategy.REDUCE_EMI))))
                .isInstanceOf(ScheduleRejected.class)
                .hasMessageContaining("after its final instalment");
    }

    @Test
    void aRiseTheEmiCannotCoverIsRefusedUnderReduceTenure() {
        LoanTerms terms = new LoanTerms(new BigDecimal("1000000"), BigDecimal.ONE, 360, LocalDate.of(2026, 1, 5), 2);

        assertThatThrownBy(() -> Amortization.project(
                        terms,
                        List.of(new Adjustment.RateChange(
                                LocalDate.of(2026, 6, 1), new BigDecimal("40"), Strategy.REDUCE_TENURE))))
                .isInstanceOf(ScheduleRejected.class)
                .hasMessageContaining("REDUCE_EMI");
    }

    private static void assertSame(Schedule schedule, List<ReferenceSchedule.Line> expected) {
        assertThat(schedule.length()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Instalment actual = schedule.instalments().get(i);
            ReferenceSchedule.Line line = expected.get(i);
            assertThat(actual.number()).isEqualTo(line.number());
            assertThat(actual.dueDate()).as("due date of %d", line.number()).isEqualTo(line.due());
            assertThat(actual.openingBalance())
                    .as("opening of %d", line.number())
                    .isEqualByComparingTo(line.opening());
            assertThat(actual.amount()).as("instalment %d", line.number()).isEqualByComparingTo(line.emi());
            assertThat(actual.interest()).as("interest of %d", line.number()).isEqualByComparingTo(line.interest());
            assertThat(actual.principal()).as("principal of %d", line.number()).isEqualByComparingTo(line.principal());
            assertThat(actual.closingBalance())
                    .as("closing of %d", line.number())
                    .isEqualByComparingTo(line.closing());
        }
    }

    private static void assertEndsAtZeroAndRepaysThePrincipal(Schedule schedule, BigDecimal repaid, int scale) {
        Instalment last = schedule.instalments().get(schedule.length() - 1);
        assertThat(last.closingBalance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(last.closingBalance().scale()).isEqualTo(scale);
        BigDecimal principalPaid =
                schedule.instalments().stream().map(Instalment::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(principalPaid).isEqualByComparingTo(repaid);
        BigDecimal interest =
                schedule.instalments().stream().map(Instalment::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(schedule.totalInterest()).isEqualByComparingTo(interest);
    }
}
