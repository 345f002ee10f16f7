package dev.finsuite.finance.summary;

import dev.finsuite.finance.support.Kind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A month's income and expenses in the tenant's base currency. Amounts whose conversion is still pending are
 * not in the totals; {@code pendingConversions} says how many there are. Cached as JSON (see SummaryCache).
 */
@Schema(example = """
        {"month": "2026-11", "baseCurrency": "INR", "income": "85000.00", "expenses": "41250.50", "net": "43749.50",
         "pendingConversions": 1,
         "categories": [{"categoryId": "00000000-0000-4000-8000-000000000102", "name": "Groceries",
                         "type": "EXPENSE", "parentId": "00000000-0000-4000-8000-000000000101",
                         "amount": "9250.50", "entries": 6, "pendingConversions": 1}]}""")
public record MonthSummary(
        String month,
        String baseCurrency,
        BigDecimal income,
        BigDecimal expenses,
        BigDecimal net,
        long pendingConversions,
        List<CategoryTotal> categories) {

    public record CategoryTotal(
            UUID categoryId,
            String name,
            Kind type,
            UUID parentId,
            BigDecimal amount,
            long entries,
            long pendingConversions) {}
}
