package dev.finsuite.finance.budget;

import java.math.BigDecimal;

/** What one period passes to the next. */
public enum Rollover {
    /** Every period starts from its limit. */
    NONE,
    /** What was not spent is added to the next period; overspending is forgiven. */
    CARRY_SURPLUS,
    /** What was not spent is added, and overspending is taken from the next period. */
    CARRY_ALL;

    BigDecimal carried(BigDecimal available, BigDecimal spent) {
        BigDecimal left = available.subtract(spent);
        return switch (this) {
            case NONE -> BigDecimal.ZERO;
            case CARRY_SURPLUS -> left.max(BigDecimal.ZERO);
            case CARRY_ALL -> left;
        };
    }
}
