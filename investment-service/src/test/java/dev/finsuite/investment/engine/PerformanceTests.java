package dev.finsuite.investment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceTests {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    private static RateResult xirr(String... pairs) {
        List<CashFlow> flows = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            flows.add(new CashFlow(LocalDate.parse(pairs[i]), new BigDecimal(pairs[i + 1])));
        }
        return Xirr.solve(flows);
    }

    @Test
    void xirrHasNoAnswerRatherThanZeroWhenThereIsNone() {
        assertThat(Xirr.solve(List.of()).rate()).isNull();
        assertThat(xirr("2020-01-01", "-100").reason()).contains("fewer than two");
        assertThat(xirr("2020-01-01", "-100", "2021-01-01", "-5").reason()).contains("same sign");
        assertThat(xirr("2020-01-01", "100", "2021-01-01", "5").reason()).contains("same sign");
        assertThat(xirr("2020-01-01", "-100", "2020-01-01", "110").rate()).isNull();
    }

    @Test
    void xirrFindsRatesFarFromTheGuess() {
        assertThat(xirr("2019-01-01", "-100", "2020-01-01", "110").rate().setScale(10, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.1");
        assertThat(xirr("2019-01-01", "-100", "2020-01-01", "1").rate().setScale(10, RoundingMode.HALF_UP))
                .isEqualByComparingTo("-0.99");
        assertThat(xirr("2019-01-01", "-1", "2020-01-01", "1000").rate().setScale(10, RoundingMode.HALF_UP))
                .isEqualByComparingTo("999");
    }

    /**
     * Ten years of daily flows with the value coming late: Newton from 10% heads for infinity, so the root comes from
     * the bracket search. The rate is the one the earlier solver (Newton and bisection at 40 digits throughout)
     * gave for these flows, to all sixteen decimals.
     */
    @Test
    void xirrOfTenYearsOfDailyFlowsIsTheRateOfTheFortyDigitSearch() {
        java.util.Random random = new java.util.Random(3);
        List<CashFlow> flows = new ArrayList<>();
        LocalDate start = LocalDate.of(2016, 12, 1);
        BigDecimal total = BigDecimal.ZERO;
        for (int day = 0; day < 3650; day++) {
            if (random.nextInt(10) < 8) {
                BigDecimal amount = BigDecimal.valueOf(-(random.nextInt(600_000) + 20_000), 2);
                if (random.nextInt(8) == 0) {
                    amount = amount.negate();
                }
                flows.add(new CashFlow(start.plusDays(day), amount));
                total = total.add(amount);
            }
        }
        flows.add(new CashFlow(start.plusDays(3651), total.negate().multiply(new BigDecimal("0.7"))));
        assertThat(Xirr.solve(flows).rate()).isEqualByComparingTo("-0.0727258104190601");
    }

    private static DailyValue day(int offset, String value, String flow, String income) {
        return new DailyValue(
                START.plusDays(offset),
                value == null ? null : new BigDecimal(value),
                flow == null ? null : new BigDecimal(flow),
                income == null ? null : new BigDecimal(income));
    }

    @Test
    void twrLinksDailyReturnsWithFlowsAtTheStartOfTheDay() {
        // buy 100, grows to 110, add 90 (at the start of the day) ending at 220, then a 10 dividend paid out
        List<DailyValue> days = List.of(
                day(0, "100", "100", null),
                day(1, "110", null, null),
                day(2, "220", "90", null),
                day(3, "220", null, "11"));
        RateResult r = TimeWeightedReturn.of(days, false);
        // 1.10 × 220/200 × 231/220 − 1
        assertThat(r.rate()).isEqualByComparingTo(reference(days, true));
        assertThat(r.rate()).isEqualByComparingTo("0.2705");
        assertThat(TimeWeightedReturn.of(days, false, false).rate()).isEqualByComparingTo("0.21");
    }

    @Test
    void twrWithAnUnknownValueHasNoAnswerAndSaysWhichDay() {
        RateResult r = TimeWeightedReturn.of(List.of(day(0, "100", "100", null), day(1, null, null, null)), false);
        assertThat(r.rate()).isNull();
        assertThat(r.reason()).contains(START.plusDays(1).toString());
        assertThat(TimeWeightedReturn.of(List.of(day(0, "0", null, null)), false)
                        .rate())
                .isNull();
    }

    @Test
    void twrAnnualisesOverTheDaysCovered() {
        // 730 days from the start of day 0 to the end of day 729: 21% over two years is 10% a year
        List<DailyValue> days = List.of(day(0, "100", "100", null), day(729, "121", null, null));
        RateResult r = TimeWeightedReturn.of(days, true);
        assertThat(r.rate().setScale(25, RoundingMode.HALF_UP)).isEqualByComparingTo("0.1");
    }

    @Test
    void twrAgreesWithTheExactDefinitionOnRandomSeries() {
        java.util.Random random = new java.util.Random(99);
        for (int n = 0; n < 200; n++) {
            List<DailyValue> days = new ArrayList<>();
            BigDecimal value = BigDecimal.ZERO;
            for (int d = 0; d < 60; d++) {
                BigDecimal flow = random.nextInt(4) == 0
                        ? BigDecimal.valueOf(random.nextInt(20_000) - 5_000, 2)
                        : BigDecimal.ZERO;
                value = value.add(flow)
                        .multiply(BigDecimal.valueOf(95 + random.nextInt(11), 2))
                        .setScale(2, RoundingMode.HALF_UP)
                        .max(BigDecimal.ZERO);
                BigDecimal income = random.nextInt(10) == 0 ? BigDecimal.valueOf(random.nextInt(500), 2) : null;
                days.add(new DailyValue(START.plusDays(d), value, flow, income));
            }
            RateResult r = TimeWeightedReturn.of(days, false);
            if (r.rate() != null) {
                assertThat(r.rate().subtract(reference(days, true)).abs())
                        .as("series " + n)
                        .isLessThan(new BigDecimal("1e-25"));
            }
        }
    }

    @Test
    void sellingEverythingIsTheSalesOwnReturnNotALossOfEverything() {
        // 10 units at 100 (value 1000), then all sold at 105: the value ends at 0 and 1050 leaves.
        List<DailyValue> days = List.of(day(0, "1000", "1000", "0"), day(1, "0", "-1050", "0"), day(2, "0", "0", "0"));
        assertThat(TimeWeightedReturn.of(days, false).rate()).isEqualByComparingTo("0.05");
        // 9 of 10 sold at 105: the unit kept is worth 105 too.
        List<DailyValue> partly = List.of(day(0, "1000", "1000", "0"), day(1, "105", "-945", "0"));
        assertThat(TimeWeightedReturn.of(partly, false).rate()).isEqualByComparingTo("0.05");
        assertThat(reference(days, true)).isEqualByComparingTo("0.05");
    }

    /**
     * TWR from its definition in exact fractions: Π (V_t + I_t + out_t) / (V_{t−1} + in_t) − 1 over invested days,
     * where in_t is the day's flow when positive and out_t minus it when negative.
     */
    private static BigDecimal reference(List<DailyValue> days, boolean income) {
        ReferenceLedger.Fraction product = ReferenceLedger.Fraction.of(1, 1);
        ReferenceLedger.Fraction previous = ReferenceLedger.Fraction.ZERO;
        for (DailyValue d : days) {
            boolean in = d.flow().signum() > 0;
            ReferenceLedger.Fraction start = in ? previous.plus(ReferenceLedger.Fraction.of(d.flow())) : previous;
            ReferenceLedger.Fraction end = ReferenceLedger.Fraction.of(d.value())
                    .plus(
                            in
                                    ? ReferenceLedger.Fraction.ZERO
                                    : ReferenceLedger.Fraction.of(d.flow().negate()))
                    .plus(income ? ReferenceLedger.Fraction.of(d.income()) : ReferenceLedger.Fraction.ZERO);
            if (start.signum() != 0) {
                product = product.times(end.over(start));
            }
            previous = ReferenceLedger.Fraction.of(d.value());
        }
        return product.minus(ReferenceLedger.Fraction.of(1, 1)).round(30);
    }

    /**
     * The MAX chart of a large portfolio: 200 assets, 20,000 rows over 10 years, replayed, walked day by day,
     * valued and linked into one TWR. Budget 200 ms on a quiet machine; only a
     * gross regression is asserted, because shared build cores (load 11 on 2 cores when written) swing it tenfold.
     */
    @Test
    void tenYearsOf200AssetsAnd20000RowsReplayAndLinkQuickly() {
        java.util.Random random = new java.util.Random(1);
        List<List<Trade>> ledgers = new ArrayList<>();
        List<BigDecimal> prices = new ArrayList<>();
        for (int a = 0; a < 200; a++) {
            List<Trade> trades = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ActivityType type = i % 4 == 3 ? ActivityType.SELL : ActivityType.BUY;
                trades.add(new Trade(
                        java.util.UUID.randomUUID(),
                        START.plusDays(i * 36L),
                        i,
                        type,
                        BigDecimal.valueOf(type == ActivityType.SELL ? 10 : 20 + random.nextInt(10)),
                        BigDecimal.valueOf(1000 + random.nextInt(9000), 2),
                        BigDecimal.ONE,
                        BigDecimal.ZERO));
            }
            ledgers.add(trades);
            prices.add(BigDecimal.valueOf(1000 + random.nextInt(9000), 2));
        }
        LocalDate end = START.plusDays(3649);
        long best = Long.MAX_VALUE;
        RateResult twr = null;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            BigDecimal[] values = new BigDecimal[3650];
            BigDecimal[] flows = new BigDecimal[3650];
            java.util.Arrays.fill(values, BigDecimal.ZERO);
            java.util.Arrays.fill(flows, BigDecimal.ZERO);
            for (int a = 0; a < ledgers.size(); a++) {
                Position p = Positions.replay(CostMethod.FIFO, ledgers.get(a), List.of());
                List<DailyHolding> daily = p.history().daily(START, end);
                BigDecimal price = prices.get(a);
                for (int d = 0; d < daily.size(); d++) {
                    DailyHolding h = daily.get(d);
                    if (h.quantity().signum() != 0) {
                        values[d] = values[d].add(h.quantity().multiply(price));
                    }
                    if (h.flow().signum() != 0) {
                        flows[d] = flows[d].add(h.flow());
                    }
                }
            }
            long replayed = System.nanoTime();
            List<DailyValue> days = new ArrayList<>(3650);
            for (int d = 0; d < 3650; d++) {
                days.add(new DailyValue(START.plusDays(d), values[d], flows[d], null));
            }
            long linking = System.nanoTime();
            twr = TimeWeightedReturn.of(days, true);
            System.out.println("replay and daily walk " + (replayed - t0) / 1_000_000 + " ms, TWR "
                    + (System.nanoTime() - linking) / 1_000_000 + " ms");
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.println("MAX history, 200 assets x 100 rows x 3650 days: best of 3 = " + best + " ms");
        assertThat(twr.rate()).isNotNull();
        assertThat(best).isLessThan(5_000); // a guard against O(days × rows), not the 200 ms budget
    }
}
