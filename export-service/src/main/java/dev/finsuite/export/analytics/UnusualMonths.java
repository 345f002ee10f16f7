package dev.finsuite.export.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Schema(
        description = "Expense categories whose spending in 'month' is unusually high: above the mean plus two "
                + "standard deviations of the 12 months before it (historyFrom to historyTo). A month without spending counts "
                + "as 0; mean and standard deviation are over exactly those 12 monthly amounts; the standard deviation is the "
                + "population one (divided by 12, not 11). Monthly amounts are exact sums of base amounts shown half-up to the "
                + "base currency's minor units; mean and stddev are computed exactly from them and shown half-up to 4 decimals; "
                + "threshold = mean + 2 × stddev of the shown values; a category is listed when actual > threshold (so a "
                + "category with no spending in the 12 months is listed as soon as it has any). Most unusual first. Entries not "
                + "yet converted to the base currency are left out and counted in pendingConversions.",
        example = """
        {"month": "2026-03", "baseCurrency": "INR", "historyFrom": "2025-03", "historyTo": "2026-02",
         "categoriesChecked": 7,
         "categories": [{"categoryId": "00000000-0000-4000-8000-000000000103", "name": "Restaurants",
             "parentId": "00000000-0000-4000-8000-000000000101", "parent": "Food & Dining",
             "actual": "5000.00", "mean": "1000.0000", "stddev": "100.0000", "threshold": "1200.0000",
             "excess": "3800.0000",
             "history": [{"month": "2025-03", "amount": "900.00"}, {"month": "2025-04", "amount": "1100.00"}]}],
         "pendingConversions": 0}""")
record UnusualMonths(
        String month,
        String baseCurrency,
        String historyFrom,
        String historyTo,

        @Schema(description = "expense categories with spending in the month or the 12 before it")
        int categoriesChecked,

        List<Unusual> categories,
        long pendingConversions) {

    record Unusual(
            UUID categoryId,
            String name,
            UUID parentId,
            String parent,
            @Schema(description = "spent in the month") BigDecimal actual,

            @Schema(description = "mean of the 12 monthly amounts before the month")
            BigDecimal mean,

            @Schema(description = "population standard deviation of those 12 amounts")
            BigDecimal stddev,

            @Schema(description = "mean + 2 × stddev") BigDecimal threshold,
            @Schema(description = "actual − threshold") BigDecimal excess,

            @Schema(description = "the 12 monthly amounts compared with, oldest first")
            List<MonthAmount> history) {}

    record MonthAmount(String month, BigDecimal amount) {}
}
