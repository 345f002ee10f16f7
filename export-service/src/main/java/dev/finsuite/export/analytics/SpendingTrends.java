package dev.finsuite.export.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Schema(
        description = "Spending per expense category (as booked; a sub-category is its own line) in 'month', compared "
                + "with the month before and with the average of the 12 months before it (historyFrom to historyTo; a month "
                + "without spending counts as 0). Monthly amounts are exact sums of base amounts shown half-up to the base "
                + "currency's minor units; every comparison is computed from those shown amounts. Entries not yet converted "
                + "to the base currency are left out and counted in pendingConversions.",
        example = """
        {"month": "2026-03", "baseCurrency": "INR", "previousMonth": "2026-02", "historyFrom": "2025-03",
         "historyTo": "2026-02",
         "categories": [{"categoryId": "00000000-0000-4000-8000-000000000102", "name": "Groceries",
             "parentId": "00000000-0000-4000-8000-000000000101", "parent": "Food & Dining",
             "thisMonth": "900.00", "lastMonth": "600.00", "change": "300.00", "changePercent": "50.00",
             "average12": "550.0000", "differenceToAverage": "350.0000", "pendingConversions": 0}],
         "pendingConversions": 0}""")
record SpendingTrends(
        String month,
        String baseCurrency,
        String previousMonth,
        String historyFrom,
        String historyTo,
        List<Trend> categories,
        long pendingConversions) {

    record Trend(
            UUID categoryId,
            String name,
            UUID parentId,
            String parent,
            @Schema(description = "spent in the month") BigDecimal thisMonth,

            @Schema(description = "spent in the month before")
            BigDecimal lastMonth,

            @Schema(description = "thisMonth − lastMonth") BigDecimal change,

            @Schema(
                    description =
                            "change as a percentage of lastMonth, half-up to 2 decimals; absent when lastMonth is 0")
            BigDecimal changePercent,

            @Schema(
                    description = "the sum of the 12 months before the month, divided by 12 (months without spending "
                            + "count as 0), half-up to 4 decimals")
            BigDecimal average12,

            @Schema(description = "thisMonth − average12") BigDecimal differenceToAverage,

            @Schema(description = "entries of this category in the 13 months not yet converted")
            long pendingConversions) {}
}
