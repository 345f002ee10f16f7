package dev.finsuite.finance.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.finsuite.common.conversion.Conversion;

/** Responses: expenses show a payee, income a source; both show their base-currency conversion. */
final class EntryViews {

    private EntryViews() {
    }

    /** {@code status} is CONVERTED, or PENDING while no rate could be had (the other fields are then null). */
    record ConversionView(String status, String baseCurrency, BigDecimal baseAmount, BigDecimal rate,
            LocalDate rateDate, String source) {

        static ConversionView of(Conversion conversion, BigDecimal shownBaseAmount) {
            return new ConversionView(conversion.isPending() ? "PENDING" : "CONVERTED", conversion.baseCurrency(),
                    shownBaseAmount, conversion.rate(), conversion.rateDate(), conversion.source());
        }
    }

    record ExpenseView(UUID id, BigDecimal amount, String currency, LocalDate date, UUID categoryId,
            String description, String payee, PaymentMethod paymentMethod, List<String> tags, JsonNode metadata,
            UUID recurringRuleId, LocalDate occurrenceDate, ConversionView conversion, Instant createdAt,
            Instant updatedAt, long version) {
    }

    record IncomeView(UUID id, BigDecimal amount, String currency, LocalDate date, UUID categoryId,
            String description, String source, PaymentMethod paymentMethod, List<String> tags, JsonNode metadata,
            UUID recurringRuleId, LocalDate occurrenceDate, ConversionView conversion, Instant createdAt,
            Instant updatedAt, long version) {
    }
}
