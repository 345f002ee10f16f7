package dev.finsuite.export.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Schema(
        description = "Spending that recurs, from 'from' to 'to' (months, both included). rules: expenses a recurring "
                + "rule created (recurringRuleId), per rule, with the rule's amount per month by its schedule (monthlyEquivalent, "
                + "in the rule's currency: MONTHLY amount / interval, YEARLY amount / (12 × interval), WEEKLY amount × 52 / "
                + "(12 × interval), DAILY amount × 365 / (12 × interval), half-up to the currency's minor units) and what it "
                + "actually cost in the range in the base currency (total, and monthlyAverage = total / months of the range). "
                + "similarPayments: counterparties paid without a rule in at least 3 distinct months of the range whose largest "
                + "payment is at most 10% above their smallest (largest ≤ smallest × 1.10), compared in the base currency. "
                + "Expenses not yet converted to the base currency are left out of every figure; pendingConversions counts "
                + "those the rules created.",
        example = """
        {"from": "2026-01", "to": "2026-06", "baseCurrency": "INR", "months": 6,
         "rules": [{"ruleId": "7d2c7f2e-4d7c-4b8e-9a52-2f1c1e0a9b10", "description": "Rent",
             "counterparty": "Landlord", "categoryId": "00000000-0000-4000-8000-000000000105", "category": "Rent",
             "parent": "Housing", "frequency": "MONTHLY", "intervalCount": 1, "amount": "25000.00",
             "currency": "INR", "monthlyEquivalent": "25000.00", "occurrences": 6, "total": "150000.00",
             "monthlyAverage": "25000.00", "pendingConversions": 0}],
         "rulesTotal": "150000.00",
         "similarPayments": [{"counterparty": "Gym", "months": 6, "payments": 6, "total": "9000.00",
             "smallest": "1500.00", "largest": "1500.00", "averagePayment": "1500.00"}],
         "pendingConversions": 0}""")
record RecurringSpend(
        String from,
        String to,
        String baseCurrency,
        int months,
        List<Rule> rules,
        BigDecimal rulesTotal,
        List<Similar> similarPayments,
        long pendingConversions) {

    record Rule(
            UUID ruleId,
            String description,
            String counterparty,
            UUID categoryId,
            String category,
            String parent,
            String frequency,
            int intervalCount,
            BigDecimal amount,
            String currency,
            BigDecimal monthlyEquivalent,

            @Schema(description = "converted expenses of the rule in the range")
            long occurrences,

            BigDecimal total,
            BigDecimal monthlyAverage,
            long pendingConversions) {}

    record Similar(
            String counterparty,
            int months,
            long payments,
            BigDecimal total,
            BigDecimal smallest,
            BigDecimal largest,
            BigDecimal averagePayment) {}
}
