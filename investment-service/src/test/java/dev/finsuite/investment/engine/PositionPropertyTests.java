package dev.finsuite.investment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.investment.engine.ReferenceLedger.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hundreds of random ledgers with splits, replayed by the engine and by the exact {@link ReferenceLedger}. */
class PositionPropertyTests {

    private static final int SEQUENCES = 400;
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-20");
    private static final int[][] RATIOS = {{2, 1}, {3, 1}, {1, 2}, {3, 2}, {1, 3}, {5, 4}, {7, 3}};

    record Ledger(List<Trade> trades, List<Split> splits) {}

    /** A random ledger in date order that never oversells; quantities in the units of their own date. */
    static Ledger randomLedger(Random random, boolean transfersOut) {
        LocalDate day = LocalDate.of(2020, 1, 1);
        List<Split> splits = new ArrayList<>();
        int splitCount = random.nextInt(3);
        for (int i = 0; i < splitCount; i++) {
            int[] ratio = RATIOS[random.nextInt(RATIOS.length)];
            LocalDate exDate = day.plusDays(1 + random.nextInt(120));
            if (splits.stream().noneMatch(s -> s.exDate().equals(exDate))) {
                splits.add(new Split(exDate, ratio[0], ratio[1]));
            }
        }
        List<Trade> trades = new ArrayList<>();
        Fraction held = Fraction.ZERO; // in the units of the current day
        List<Split> pending = new ArrayList<>(splits);
        pending.sort(java.util.Comparator.comparing(Split::exDate));
        int count = 10 + random.nextInt(50);
        for (int i = 0; i < count; i++) {
            day = day.plusDays(random.nextInt(4)); // often several rows on one day
            while (!pending.isEmpty() && !pending.get(0).exDate().isAfter(day)) {
                Split s = pending.remove(0);
                held = held.times(Fraction.of(s.numerator(), s.denominator()));
            }
            int roll = random.nextInt(100);
            ActivityType type;
            BigDecimal quantity;
            if (roll < 35 || held.signum() == 0) {
                type = roll % 5 == 0 ? ActivityType.TRANSFER_IN : ActivityType.BUY;
                quantity = BigDecimal.valueOf(1 + random.nextInt(500_000), 3);
                held = held.plus(Fraction.of(quantity));
            } else if (roll < 70) {
                type = transfersOut && roll % 4 == 0 ? ActivityType.TRANSFER_OUT : ActivityType.SELL;
                quantity = disposal(random, held);
                if (quantity.signum() == 0) {
                    continue;
                }
                held = held.minus(Fraction.of(quantity));
            } else {
                ActivityType[] other = {ActivityType.DIVIDEND, ActivityType.INTEREST, ActivityType.FEE, ActivityType.TAX
                };
                type = other[random.nextInt(other.length)];
                quantity = BigDecimal.valueOf(1 + random.nextInt(100));
            }
            BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(20_000), 2);
            BigDecimal fee = random.nextInt(3) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(1000), 2);
            BigDecimal tax = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(500), 2) : BigDecimal.ZERO;
            trades.add(new Trade(UUID.randomUUID(), day, i, type, quantity, price, fee, tax));
        }
        java.util.Collections.shuffle(trades, random); // the engine sorts
        return new Ledger(trades, splits);
    }

    /** Some of what is held, never more: all of it when that is a terminating decimal, else a rounded-down part. */
    private static BigDecimal disposal(Random random, Fraction held) {
        BigDecimal all = held.round(10);
        boolean exact = Fraction.of(all).compareTo(held) == 0;
        if (exact && random.nextInt(5) == 0) {
            return all;
        }
        return held.times(Fraction.of(1 + random.nextInt(9), 10)).round(20).setScale(4, RoundingMode.DOWN);
    }

    @Test
    void engineAgreesWithTheExactReferenceOnEveryFigure() {
        Random random = new Random(20_260_101L);
        for (int n = 0; n < SEQUENCES; n++) {
            Ledger ledger = randomLedger(random, true);
            for (CostMethod method : CostMethod.values()) {
                Position p = Positions.replay(method, ledger.trades(), ledger.splits());
                ReferenceLedger ref = ReferenceLedger.replay(method, ledger.trades(), ledger.splits());
                String where = "sequence " + n + " " + method;
                assertThat(p.quantity()).as(where).isEqualByComparingTo(ref.quantity.round(10));
                assertClose(p.costBasis(), ref.cost, where + " cost");
                assertClose(p.realisedGain(), ref.realised, where + " realised");
                assertThat(p.dividends().add(p.interest())).as(where).isEqualByComparingTo(ref.income.round(20));
                assertThat(p.fees()).as(where).isEqualByComparingTo(ref.fees.round(20));
                assertThat(p.taxes()).as(where).isEqualByComparingTo(ref.taxes.round(20));
                assertThat(p.realisations()).as(where).hasSize(ref.realisationLines);
                BigDecimal lines =
                        p.realisations().stream().map(Realisation::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(lines).as(where + " lines add up").isEqualByComparingTo(p.realisedGain());
                BigDecimal lotCost = p.openLots().stream().map(Lot::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(lotCost).as(where + " lots add up").isEqualByComparingTo(p.costBasis());
                if (p.quantity().signum() == 0) {
                    assertThat(p.costBasis().signum())
                            .as(where + " closed basis resets")
                            .isZero();
                    assertThat(p.averageUnitCost()).isNull();
                }
                checkDailyQuantities(p, ref, ledger.splits(), where);
            }
        }
    }

    @Test
    void realisedPlusUnrealisedIsTheSameUnderBothMethodsAtAnyPrice() {
        Random random = new Random(7L);
        for (int n = 0; n < SEQUENCES; n++) {
            Ledger ledger = randomLedger(random, false);
            Position average = Positions.replay(CostMethod.AVERAGE, ledger.trades(), ledger.splits());
            Position fifo = Positions.replay(CostMethod.FIFO, ledger.trades(), ledger.splits());
            for (int k = 0; k < 3; k++) {
                BigDecimal price = BigDecimal.valueOf(random.nextInt(1_000_000), 4);
                assertThat(average.realisedGain().add(average.unrealisedGain(price)))
                        .as("sequence " + n + " at " + price)
                        .isEqualByComparingTo(fifo.realisedGain().add(fifo.unrealisedGain(price)));
            }
        }
    }

    private static void checkDailyQuantities(Position p, ReferenceLedger ref, List<Split> splits, String where) {
        for (Map.Entry<LocalDate, Fraction> e : ref.endOfDay.entrySet()) {
            Fraction today = e.getValue();
            for (Split s : splits) {
                if (s.exDate().isAfter(e.getKey())) {
                    today = today.times(Fraction.of(s.numerator(), s.denominator()));
                }
            }
            assertThat(p.quantityOn(e.getKey())).as(where + " on " + e.getKey()).isEqualByComparingTo(today.round(10));
        }
        List<LocalDate> days = p.history().changeDays();
        if (!days.isEmpty()) {
            for (DailyHolding h : p.history()
                    .daily(days.get(0).minusDays(2), days.get(days.size() - 1).plusDays(2))) {
                assertThat(h.quantity().signum()).as(where + " never negative").isGreaterThanOrEqualTo(0);
                assertThat(h.quantity()).isEqualByComparingTo(p.quantityOn(h.date()));
            }
        }
    }

    private static void assertClose(BigDecimal actual, Fraction expected, String where) {
        BigDecimal exact = expected.round(30);
        assertThat(actual.subtract(exact).abs())
                .as(where + ": " + actual + " vs " + exact)
                .isLessThanOrEqualTo(TOLERANCE);
    }
}
