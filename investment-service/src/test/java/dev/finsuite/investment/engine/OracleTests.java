package dev.finsuite.investment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The product issue's worked examples, to the digit. */
class OracleTests {

    static Trade trade(String date, long sequence, ActivityType type, String quantity, String price) {
        return new Trade(
                UUID.randomUUID(),
                LocalDate.parse(date),
                sequence,
                type,
                new BigDecimal(quantity),
                new BigDecimal(price),
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    static List<Trade> issueLedger() {
        List<Trade> trades = new ArrayList<>();
        trades.add(trade("2024-01-02", 1, ActivityType.BUY, "100", "95"));
        trades.add(trade("2024-01-03", 2, ActivityType.BUY, "200", "105"));
        trades.add(trade("2024-01-04", 3, ActivityType.BUY, "100", "107"));
        trades.add(trade("2024-01-05", 4, ActivityType.SELL, "150", "110"));
        trades.add(trade("2024-01-08", 5, ActivityType.BUY, "50", "100"));
        trades.add(trade("2024-01-09", 6, ActivityType.BUY, "300", "107.5"));
        trades.add(trade("2024-01-10", 7, ActivityType.SELL, "200", "108"));
        return trades;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Test
    void averageCostRealises1650AndLeaves1200Unrealised() {
        Position p = Positions.replay(CostMethod.AVERAGE, issueLedger(), List.of());
        BigDecimal price = new BigDecimal("108");
        assertThat(p.quantity()).isEqualByComparingTo("400");
        assertThat(p.realisedGain().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("1650");
        assertThat(p.unrealisedGain(price).setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("1200");
        assertThat(p.realisedGain().add(p.unrealisedGain(price))).isEqualByComparingTo("2850");
    }

    @Test
    void fifoRealises2250AndLeaves600Unrealised() {
        Position p = Positions.replay(CostMethod.FIFO, issueLedger(), List.of());
        BigDecimal price = new BigDecimal("108");
        assertThat(p.realisedGain()).isEqualByComparingTo("2250");
        assertThat(p.unrealisedGain(price)).isEqualByComparingTo("600");
        assertThat(p.realisedGain().add(p.unrealisedGain(price))).isEqualByComparingTo("2850");
        assertThat(p.openLots())
                .extracting(Lot::quantity)
                .map(OracleTests::plain)
                .containsExactly("50", "50", "300");
        // the first sale takes all of 2024-01-02 and 50 of 2024-01-03; the second the other 150 and 50 of 2024-01-04
        assertThat(p.realisations())
                .extracting(Realisation::acquired)
                .containsExactly(
                        LocalDate.parse("2024-01-02"),
                        LocalDate.parse("2024-01-03"),
                        LocalDate.parse("2024-01-03"),
                        LocalDate.parse("2024-01-04"));
        assertThat(p.realisations())
                .extracting(Realisation::gain)
                .map(OracleTests::plain)
                .containsExactly("1500", "250", "450", "50");
    }

    @Test
    void xirrMatchesExcelsWorkedExample() {
        RateResult r = Xirr.solve(List.of(
                new CashFlow(LocalDate.parse("2008-01-01"), new BigDecimal("-10000")),
                new CashFlow(LocalDate.parse("2008-03-01"), new BigDecimal("2750")),
                new CashFlow(LocalDate.parse("2008-10-30"), new BigDecimal("4250")),
                new CashFlow(LocalDate.parse("2009-02-15"), new BigDecimal("3250")),
                new CashFlow(LocalDate.parse("2009-04-01"), new BigDecimal("2750"))));
        assertThat(r.reason()).isNull();
        assertThat(r.rate().setScale(7, RoundingMode.HALF_UP)).isEqualByComparingTo("0.3733625");
    }

    @Test
    void audHoldingLosesOnPriceAndOnCurrency() {
        CurrencyEffect e = CurrencyEffect.split(
                new BigDecimal("5"),
                new BigDecimal("20"),
                new BigDecimal("15"),
                new BigDecimal("0.6372"),
                new BigDecimal("0.6149"));
        assertThat(e.total().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-17.60");
        assertThat(e.currencyEffect().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-2.23");
        assertThat(e.priceEffect().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-15.37");
        assertThat(e.priceEffect().add(e.currencyEffect())).isEqualByComparingTo(e.total());
    }
}
