package dev.finsuite.finance.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a budget stands in the period containing a date. {@code remaining} is limit + carriedOver - spent;
 * {@code percentUsed} is spent over limit + carriedOver, null when nothing is available (state EXCEEDED).
 * {@code pendingConversions} counts expenses in other currencies not yet converted, so not in {@code spent}.
 */
@Schema(example = """
        {"budgetId": "5b0e7c8e-3f7a-4a58-9a51-0b7a1d7f8a10", "name": "Groceries", "currency": "INR",
         "periodStart": "2026-11-01", "periodEnd": "2026-11-30", "limit": "12000.00", "carriedOver": "1500.00",
         "spent": "11000.00", "remaining": "2500.00", "percentUsed": "81.48", "state": "WARNING",
         "pendingConversions": 0}""")
record BudgetStatusView(
        UUID budgetId,
        String name,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal limit,
        BigDecimal carriedOver,
        BigDecimal spent,
        BigDecimal remaining,
        BigDecimal percentUsed,
        BudgetState state,
        long pendingConversions) {}
