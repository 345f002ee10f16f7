package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a holding or portfolio: end-of-day market value (null = unknown), the net external flow that day
 * (buys and transfers in positive, sells and transfers out negative; null = none) and the income received that day
 * (dividends, interest; null = none), counted as return when included.
 */
public record DailyValue(LocalDate date, BigDecimal value, BigDecimal flow, BigDecimal income) {

    public DailyValue {
        Objects.requireNonNull(date, "date");
        flow = flow == null ? BigDecimal.ZERO : flow;
        income = income == null ? BigDecimal.ZERO : income;
    }
}
