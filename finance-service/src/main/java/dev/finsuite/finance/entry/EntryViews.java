package dev.finsuite.finance.entry;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Responses: expenses show a payee, income a source; both show their base-currency conversion. */
@Component
class EntryViews {

    private final Currencies currencies;
    private final Metadata metadata;

    EntryViews(Currencies currencies, Metadata metadata) {
        this.currencies = currencies;
        this.metadata = metadata;
    }

    ExpenseView expense(Entry e) {
        Money money = e.money();
        return new ExpenseView(
                e.getId(),
                money.shownAmount(),
                money.currencyCode(),
                e.getEntryDate(),
                e.getCategoryId(),
                e.getDescription(),
                e.getCounterparty(),
                e.getPaymentMethod(),
                e.getTags(),
                metadata.read(e.getMetadata()),
                e.getRecurringRuleId(),
                e.getOccurrenceDate(),
                conversion(e),
                e.getCreatedAt(),
                e.getUpdatedAt(),
                e.getVersion());
    }

    IncomeView income(Entry e) {
        Money money = e.money();
        return new IncomeView(
                e.getId(),
                money.shownAmount(),
                money.currencyCode(),
                e.getEntryDate(),
                e.getCategoryId(),
                e.getDescription(),
                e.getCounterparty(),
                e.getPaymentMethod(),
                e.getTags(),
                metadata.read(e.getMetadata()),
                e.getRecurringRuleId(),
                e.getOccurrenceDate(),
                conversion(e),
                e.getCreatedAt(),
                e.getUpdatedAt(),
                e.getVersion());
    }

    private ConversionView conversion(Entry entry) {
        Conversion conversion = entry.conversion();
        Money base = currencies.stored(conversion.baseAmount(), conversion.baseCurrency());
        return new ConversionView(
                conversion.isPending() ? "PENDING" : "CONVERTED",
                conversion.baseCurrency(),
                base == null ? null : base.shownAmount(),
                conversion.rate(),
                conversion.rateDate(),
                conversion.source());
    }

    /** {@code status} is CONVERTED, or PENDING while no rate could be had (the other fields are then null). */
    record ConversionView(
            String status,
            String baseCurrency,
            BigDecimal baseAmount,
            BigDecimal rate,
            LocalDate rateDate,
            String source) {}

    record ExpenseView(
            UUID id,
            BigDecimal amount,
            String currency,
            LocalDate date,
            UUID categoryId,
            String description,
            String payee,
            PaymentMethod paymentMethod,
            List<String> tags,
            JsonNode metadata,
            UUID recurringRuleId,
            LocalDate occurrenceDate,
            ConversionView conversion,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    record IncomeView(
            UUID id,
            BigDecimal amount,
            String currency,
            LocalDate date,
            UUID categoryId,
            String description,
            String source,
            PaymentMethod paymentMethod,
            List<String> tags,
            JsonNode metadata,
            UUID recurringRuleId,
            LocalDate occurrenceDate,
            ConversionView conversion,
            Instant createdAt,
            Instant updatedAt,
            long version) {}
}
