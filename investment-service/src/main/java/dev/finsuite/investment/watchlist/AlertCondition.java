package dev.finsuite.investment.watchlist;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** When a price alert fires, given the latest price and (for MOVE_PERCENT) the previous close. */
public enum AlertCondition {
    /** The price is at or above the threshold. */
    ABOVE,
    /** The price is at or below the threshold. */
    BELOW,
    /** The price is at least threshold percent away from the previous close, either way. */
    MOVE_PERCENT;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    boolean crossedBy(BigDecimal price, BigDecimal previousClose, BigDecimal threshold) {
        if (price == null) {
            return false;
        }
        return switch (this) {
            case ABOVE -> price.compareTo(threshold) >= 0;
            case BELOW -> price.compareTo(threshold) <= 0;
            case MOVE_PERCENT ->
                previousClose != null
                        && previousClose.signum() > 0
                        && movePercent(price, previousClose).compareTo(threshold) >= 0;
        };
    }

    /** |price − previous close| / previous close × 100, exact to 10 places (rounded half up). */
    static BigDecimal movePercent(BigDecimal price, BigDecimal previousClose) {
        return price.subtract(previousClose).abs().multiply(HUNDRED).divide(previousClose, 10, RoundingMode.HALF_UP);
    }

    boolean needsPreviousClose() {
        return this == MOVE_PERCENT;
    }
}
