package dev.finsuite.emi.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a loan was agreed as: the amount lent, the yearly rate in percent, the number of monthly instalments,
 * the first instalment's date, and how many decimals the currency pays in.
 */
public record LoanTerms(BigDecimal principal, BigDecimal annualRate, int tenureMonths, LocalDate firstEmiDate,
        int minorUnits) {

    /** Instalment {@code number}'s due date: the same day each month, or the month's last day when it is shorter. */
    public LocalDate dueDate(int number) {
        return firstEmiDate.plusMonths(number - 1L);
    }
}
