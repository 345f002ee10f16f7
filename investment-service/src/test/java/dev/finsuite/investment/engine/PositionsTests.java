package dev.finsuite.investment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PositionsTests {

    private static Trade row(String date, long seq, ActivityType type, String qty, String price, String fee) {
        return new Trade(
                UUID.randomUUID(),
                LocalDate.parse(date),
                seq,
                type,
                new BigDecimal(qty),
                new BigDecimal(price),
                new BigDecimal(fee),
                BigDecimal.ZERO);
    }

    @Test
    void aSellBeforeAnyBuyIsInsufficient() {
        Trade sell = row("2024-01-01", 1, ActivityType.SELL, "1", "10", "0");
        Trade buy = row("2024-01-02", 2, ActivityType.BUY, "5", "10", "0");
        assertThatThrownBy(() -> Positions.replay(CostMethod.FIFO, List.of(buy, sell), List.of()))
                .isInstanceOfSatisfying(InsufficientQuantity.class, e -> {
                    assertThat(e.tradeId()).isEqualTo(sell.id());
                    assertThat(e.held()).isEqualByComparingTo("0");
                    assertThat(e.requested()).isEqualByComparingTo("1");
                });
    }

    @Test
    void aLaterSellOfMoreThanWasBoughtIsInsufficientAtThatSell() {
        Trade buy = row("2024-01-01", 1, ActivityType.BUY, "5", "10", "0");
        Trade sell = row("2024-02-01", 2, ActivityType.SELL, "3", "10", "0");
        Trade oversell = row("2024-03-01", 3, ActivityType.TRANSFER_OUT, "2.5", "10", "0");
        assertThatThrownBy(() -> Positions.replay(CostMethod.AVERAGE, List.of(oversell, sell, buy), List.of()))
                .isInstanceOfSatisfying(InsufficientQuantity.class, e -> {
                    assertThat(e.tradeId()).isEqualTo(oversell.id());
                    assertThat(e.date()).isEqualTo(LocalDate.parse("2024-03-01"));
                    assertThat(e.held()).isEqualByComparingTo("2");
                    assertThat(e.requested()).isEqualByComparingTo("2.5");
                });
    }

    @Test
    void onOneDayTheSequenceDecidesWhetherTheSellHasSomethingToSell() {
        Trade sellFirst = row("2024-01-01", 1, ActivityType.SELL, "1", "10", "0");
        Trade buySecond = row("2024-01-01", 2, ActivityType.BUY, "1", "10", "0");
        assertThatThrownBy(() -> Positions.replay(CostMethod.FIFO, List.of(buySecond, sellFirst), List.of()))
                .isInstanceOf(InsufficientQuantity.class);
        Trade buyFirst = row("2024-01-01", 1, ActivityType.BUY, "1", "10", "0");
        Trade sellSecond = row("2024-01-01", 2, ActivityType.SELL, "1", "12", "0");
        Position p = Positions.replay(CostMethod.FIFO, List.of(sellSecond, buyFirst), List.of());
        assertThat(p.quantity()).isEqualByComparingTo("0");
        assertThat(p.realisedGain()).isEqualByComparingTo("2");
    }

    @Test
    void heldIsReportedInTheUnitsOfTheSellsOwnDate() {
        Trade buy = row("2024-01-01", 1, ActivityType.BUY, "10", "30", "0");
        Trade sell = row("2024-03-01", 2, ActivityType.SELL, "31", "10", "0");
        assertThatThrownBy(() -> Positions.replay(
                        CostMethod.FIFO, List.of(buy, sell), List.of(new Split(LocalDate.parse("2024-02-01"), 3, 1))))
                .isInstanceOfSatisfying(
                        InsufficientQuantity.class, e -> assertThat(e.held()).isEqualByComparingTo("30"));
    }

    @Test
    void aThreeForOneSplitTriplesUnitsKeepsCostAndALaterOneForThreeUndoesItExactly() {
        Trade buy = row("2024-01-01", 1, ActivityType.BUY, "10", "30", "3");
        Trade onExDate = row("2024-02-01", 2, ActivityType.BUY, "1", "10", "0"); // already post-split units
        List<Split> splits = List.of(
                new Split(LocalDate.parse("2024-02-01"), 3, 1),
                new Split(LocalDate.parse("2024-02-01"), 3, 1), // listed twice, applied once
                new Split(LocalDate.parse("2024-06-01"), 1, 3));
        Position p = Positions.replay(CostMethod.AVERAGE, List.of(buy, onExDate), splits);
        assertThat(p.quantity())
                .isEqualByComparingTo(
                        new BigDecimal("31").divide(new BigDecimal("3"), 10, java.math.RoundingMode.HALF_UP));
        assertThat(p.costBasis()).isEqualByComparingTo("313");
        assertThat(p.quantityOn(LocalDate.parse("2024-01-15"))).isEqualByComparingTo("10");
        Position asOfMarch =
                Positions.replay(CostMethod.AVERAGE, List.of(buy, onExDate), splits, LocalDate.parse("2024-03-01"));
        assertThat(asOfMarch.quantity()).isEqualByComparingTo("31");
        assertThat(asOfMarch.unrealisedGain(new BigDecimal("11"))).isEqualByComparingTo("28");
    }

    @Test
    void transfersCarryBasisInAndTakeItOutWithoutRealising() {
        Trade in = row("2024-01-01", 1, ActivityType.TRANSFER_IN, "10", "50", "0");
        Trade out = row("2024-02-01", 2, ActivityType.TRANSFER_OUT, "4", "80", "1");
        Position p = Positions.replay(CostMethod.FIFO, List.of(in, out), List.of());
        assertThat(p.quantity()).isEqualByComparingTo("6");
        assertThat(p.costBasis()).isEqualByComparingTo("300");
        assertThat(p.realisedGain()).isEqualByComparingTo("0");
        assertThat(p.realisations()).isEmpty();
        assertThat(p.fees()).isEqualByComparingTo("1");
        assertThat(p.history().netInvestedOn(LocalDate.parse("2024-02-01"))).isEqualByComparingTo("300");
    }

    @Test
    void incomeFeesAndTaxesNeverMoveUnits() {
        Trade buy = row("2024-01-01", 1, ActivityType.BUY, "10", "50", "2");
        Trade dividend = new Trade(
                UUID.randomUUID(),
                LocalDate.parse("2024-02-01"),
                2,
                ActivityType.DIVIDEND,
                new BigDecimal("10"),
                new BigDecimal("0.5"),
                BigDecimal.ZERO,
                new BigDecimal("0.75"));
        Trade interest = row("2024-02-02", 3, ActivityType.INTEREST, "1", "3", "0");
        Trade fee = row("2024-02-03", 4, ActivityType.FEE, "1", "4", "0");
        Trade tax = row("2024-02-04", 5, ActivityType.TAX, "1", "6", "0");
        Position p = Positions.replay(CostMethod.AVERAGE, List.of(buy, dividend, interest, fee, tax), List.of());
        assertThat(p.quantity()).isEqualByComparingTo("10");
        assertThat(p.costBasis()).isEqualByComparingTo("502");
        assertThat(p.averageUnitCost()).isEqualByComparingTo("50.2");
        assertThat(p.dividends()).isEqualByComparingTo("5");
        assertThat(p.interest()).isEqualByComparingTo("3");
        assertThat(p.fees()).isEqualByComparingTo("6");
        assertThat(p.taxes()).isEqualByComparingTo("6.75");
    }

    @Test
    void aClosedPositionStartsAfreshAndDailyHoldingsFollowTheLedger() {
        Trade buy = row("2024-01-01", 1, ActivityType.BUY, "3", "10", "0");
        Trade sell = row("2024-01-03", 2, ActivityType.SELL, "3", "11", "0");
        Trade again = row("2024-01-05", 3, ActivityType.BUY, "2", "20", "0");
        Position p = Positions.replay(CostMethod.AVERAGE, List.of(buy, sell, again), List.of());
        assertThat(p.averageUnitCost()).isEqualByComparingTo("20");
        assertThat(p.openLots())
                .containsExactly(
                        new Lot(LocalDate.parse("2024-01-05"), new BigDecimal("2.0000000000"), new BigDecimal("40")));
        List<DailyHolding> days = p.history().daily(LocalDate.parse("2023-12-31"), LocalDate.parse("2024-01-06"));
        assertThat(days)
                .extracting(d -> d.quantity().stripTrailingZeros().toPlainString())
                .containsExactly("0", "3", "3", "0", "0", "2", "2");
        assertThat(days)
                .extracting(d -> d.flow().stripTrailingZeros().toPlainString())
                .containsExactly("0", "30", "0", "-33", "0", "40", "0");
    }
}
