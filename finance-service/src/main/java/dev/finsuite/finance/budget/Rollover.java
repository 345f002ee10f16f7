package dev.finsuite.finance.budget;

import dev.finsuite.common.money.Money;

/** What one period passes to the next. */
public enum Rollover {
    /** Every period starts from its limit. */
    NONE,
    /** What was not spent is added to the next period; overspending is forgiven. */
    CARRY_SURPLUS,
    /** What was not spent is added, and overspending is taken from the next period. */
    CARRY_ALL;

    Money carried(Money available, Money spent) {
        Money left = available.minus(spent);
        return switch (this) {
            case NONE -> Money.zero(available.currency());
            case CARRY_SURPLUS -> left.isNegative() ? Money.zero(available.currency()) : left;
            case CARRY_ALL -> left;
        };
    }
}
