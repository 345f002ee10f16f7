package dev.finsuite.export.report.statement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Income and expenses by category and month in the tenant's base currency. Each category line is the
 * category the entries were booked to (a sub-category is its own line and names its parent; a parent's line
 * holds only what was booked to the parent itself). Amounts still waiting for a conversion to the base
 * currency are left out of every figure and counted in {@code pendingConversions}.
 */
@Schema(
        description = "Income and expenses by category and month in the base currency. Every month of the range "
                + "is listed, months without money as 0. Amounts are the exact sums of the stored base amounts, shown "
                + "half-up to the base currency's minor units; totals are summed before rounding. Entries not yet converted "
                + "to the base currency are left out and counted in pendingConversions.",
        example = """
        {"from": "2026-01", "to": "2026-02", "baseCurrency": "INR", "months": ["2026-01", "2026-02"],
         "income": {"categories": [{"categoryId": "00000000-0000-4000-8000-000000000201", "name": "Salary",
             "parentId": null, "parent": null,
             "months": [{"month": "2026-01", "amount": "90000.00"}, {"month": "2026-02", "amount": "90000.00"}],
             "total": "180000.00", "entries": 2, "pendingConversions": 0}],
           "subtotals": [{"month": "2026-01", "amount": "90000.00"}, {"month": "2026-02", "amount": "90000.00"}],
           "total": "180000.00", "pendingConversions": 0},
         "expenses": {"categories": [{"categoryId": "00000000-0000-4000-8000-000000000102", "name": "Groceries",
             "parentId": "00000000-0000-4000-8000-000000000101", "parent": "Food & Dining",
             "months": [{"month": "2026-01", "amount": "8250.50"}, {"month": "2026-02", "amount": "7900.00"}],
             "total": "16150.50", "entries": 14, "pendingConversions": 1}],
           "subtotals": [{"month": "2026-01", "amount": "8250.50"}, {"month": "2026-02", "amount": "7900.00"}],
           "total": "16150.50", "pendingConversions": 1},
         "net": [{"month": "2026-01", "amount": "81749.50"}, {"month": "2026-02", "amount": "82100.00"}],
         "netTotal": "163849.50", "pendingConversions": 1}""")
record IncomeStatement(
        String from,
        String to,
        String baseCurrency,
        List<String> months,
        Section income,
        Section expenses,

        @Schema(description = "income minus expenses, per month")
        List<MonthAmount> net,

        BigDecimal netTotal,

        @Schema(description = "entries of the range left out because they are not yet converted to the base currency")
        long pendingConversions) {

    record Section(
            List<CategoryLine> categories,

            @Schema(description = "the section's total per month")
            List<MonthAmount> subtotals,

            BigDecimal total,
            long pendingConversions) {}

    record CategoryLine(
            UUID categoryId,
            String name,
            UUID parentId,
            String parent,
            List<MonthAmount> months,
            BigDecimal total,

            @Schema(description = "converted entries in the total")
            long entries,

            long pendingConversions) {}

    record MonthAmount(String month, BigDecimal amount) {}
}
