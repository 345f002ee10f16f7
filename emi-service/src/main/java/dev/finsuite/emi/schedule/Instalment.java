package dev.finsuite.emi.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One month of a schedule. {@code prepaid} is what was prepaid since the previous instalment, so the previous
 * closing balance minus it is this opening balance; {@code amount} is the instalment due (the EMI, except for
 * the last, which pays whatever is left).
 */
public record Instalment(
        int number,
        LocalDate dueDate,
        BigDecimal openingBalance,
        BigDecimal prepaid,
        BigDecimal amount,
        BigDecimal interest,
        BigDecimal principal,
        BigDecimal closingBalance,
        BigDecimal annualRate) {}
