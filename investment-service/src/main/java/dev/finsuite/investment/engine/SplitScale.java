package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An asset's splits as the replay applies them, for figures outside a replay: units of some day in today's units,
 * and a price per unit of some day per today's unit. The same exact factors (each split counted once) as
 * {@link Positions}, so a transfer's units or a manual price scale exactly as the holding they belong to.
 */
public final class SplitScale {

    private final Positions.SplitFactors factors;

    private SplitScale(Positions.SplitFactors factors) {
        this.factors = factors;
    }

    public static SplitScale of(List<Split> splits) {
        return new SplitScale(Positions.SplitFactors.of(splits, null));
    }

    /** Units held on {@code day} as today's units: multiplied by every split after that day. */
    public BigDecimal unitsToday(BigDecimal unitsOnDay, LocalDate day) {
        return factors.after(day).timesAmount(unitsOnDay, Positions.PRECISION);
    }

    /** A price per unit of {@code day} as a price per today's unit: divided by every split after that day. */
    public BigDecimal perTodaysUnit(BigDecimal priceOnDay, LocalDate day) {
        return factors.after(day).divideAmount(priceOnDay, Positions.PRECISION);
    }
}
