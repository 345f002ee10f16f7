package dev.finsuite.export.report.statement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** Money in and out per month in the base currency, with the running net from the range's first month. */
@Schema(
        description = "Per month: income, expenses, net (income minus expenses) and cumulativeNet (the running sum "
                + "of net from the first month of the range). Exact sums shown half-up to the base currency's minor units; "
                + "entries not yet converted to the base currency are left out and counted in pendingConversions.",
        example = """
        {"from": "2026-01", "to": "2026-02", "baseCurrency": "INR",
         "months": [{"month": "2026-01", "income": "90000.00", "expenses": "41250.50", "net": "48749.50",
                     "cumulativeNet": "48749.50", "pendingConversions": 0},
                    {"month": "2026-02", "income": "90000.00", "expenses": "95000.00", "net": "-5000.00",
                     "cumulativeNet": "43749.50", "pendingConversions": 1}],
         "income": "180000.00", "expenses": "136250.50", "net": "43749.50", "pendingConversions": 1}""")
record CashFlow(
        String from,
        String to,
        String baseCurrency,
        List<Month> months,
        BigDecimal income,
        BigDecimal expenses,
        BigDecimal net,
        long pendingConversions) {

    record Month(
            String month,
            BigDecimal income,
            BigDecimal expenses,
            BigDecimal net,
            BigDecimal cumulativeNet,
            long pendingConversions) {}
}
