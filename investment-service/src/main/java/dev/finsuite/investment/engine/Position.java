package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of replaying one asset's ledger in one account. {@code quantity} is in today's units (after every
 * split applied) to 10 decimals; amounts are unrounded (exact sums, and quotients at {@link Positions#PRECISION});
 * round them at the edge. {@code averageUnitCost} is null when nothing is held. {@code fees} are all fees: buy and
 * sell fees (also inside cost basis and realised gain) and FEE rows; {@code taxes} all taxes: withheld tax on
 * income, taxes on trades and TAX rows. {@code history} answers end-of-day quantities for charts and TWR.
 */
public record Position(
        BigDecimal quantity,
        BigDecimal costBasis,
        BigDecimal averageUnitCost,
        BigDecimal realisedGain,
        BigDecimal dividends,
        BigDecimal interest,
        BigDecimal fees,
        BigDecimal taxes,
        List<Lot> openLots,
        List<Realisation> realisations,
        Timeline history) {

    public Position {
        openLots = List.copyOf(openLots);
        realisations = List.copyOf(realisations);
    }

    /** quantity × price − cost basis, with the exact (unrounded) quantity; price is per today's unit. */
    public BigDecimal unrealisedGain(BigDecimal price) {
        return marketValue(price).subtract(costBasis);
    }

    /** The exact quantity held × price (per today's unit). */
    public BigDecimal marketValue(BigDecimal price) {
        return history.marketValue(price, Positions.PRECISION);
    }

    /** End-of-day quantity on {@code day}, in today's units. */
    public BigDecimal quantityOn(LocalDate day) {
        return history.quantityOn(day);
    }
}
