package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.finsuite.investment.engine.Positions;
import dev.finsuite.investment.engine.Split;

/**
 * Turns a price per unit of some day into a price per today's unit. Provider closes come split-adjusted already
 * and are never scaled again; a manual price is per unit as held on its own day, so the splits after that day
 * divide it.
 */
final class SplitFactors {

    private SplitFactors() {
    }

    /** Units of some day as today's units: multiplied by every split after that day. */
    static BigDecimal unitsToday(BigDecimal unitsOnDay, LocalDate day, List<Split> splits) {
        BigDecimal units = unitsOnDay;
        for (Split split : splits) {
            if (split.exDate().isAfter(day)) {
                units = units.multiply(BigDecimal.valueOf(split.numerator()))
                        .divide(BigDecimal.valueOf(split.denominator()), Positions.PRECISION);
            }
        }
        return units;
    }

    static BigDecimal perTodaysUnit(BigDecimal priceOnDay, LocalDate day, List<Split> splits) {
        BigDecimal price = priceOnDay;
        for (Split split : splits) {
            if (split.exDate().isAfter(day)) {
                price = price.multiply(BigDecimal.valueOf(split.denominator()))
                        .divide(BigDecimal.valueOf(split.numerator()), Positions.PRECISION);
            }
        }
        return price;
    }
}
