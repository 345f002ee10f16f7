package dev.finsuite.finance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day's expenses in one currency: their sum, the sum of the base-currency amounts known so far, and how
 * many of them are still waiting for a conversion.
 */
record DaySpending(
        LocalDate day,
        String currency,
        String baseCurrency,
        BigDecimal amount,
        BigDecimal baseAmount,
        long rows,
        long pending) {}
