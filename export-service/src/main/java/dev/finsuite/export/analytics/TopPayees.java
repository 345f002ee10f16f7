package dev.finsuite.export.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

@Schema(
        description = "Whom the household paid most from 'from' to 'to' (months, both included): expenses grouped by "
                + "counterparty (ignoring case and surrounding spaces; shown in the spelling that sorts first, upper case before lower), largest total first "
                + "(then more payments, then name). share is the payee's total as a percentage of all expenses of the range "
                + "(those without a counterparty included), half-up to 2 decimals. Expenses not yet converted to the base "
                + "currency are left out of the totals and counted in pendingConversions.",
        example = """
        {"from": "2026-01", "to": "2026-03", "baseCurrency": "INR", "expenses": "60000.00",
         "payees": [{"counterparty": "Landlord", "payments": 3, "total": "45000.00", "share": "75.00",
                     "pendingConversions": 0},
                    {"counterparty": "FreshMart", "payments": 9, "total": "6000.00", "share": "10.00",
                     "pendingConversions": 1}],
         "pendingConversions": 1}""")
record TopPayees(
        String from,
        String to,
        String baseCurrency,

        @Schema(description = "all converted expenses of the range")
        BigDecimal expenses,

        List<Payee> payees,
        long pendingConversions) {

    record Payee(
            String counterparty,

            @Schema(description = "converted payments in the total")
            long payments,

            BigDecimal total,
            BigDecimal share,
            long pendingConversions) {}
}
