package dev.finsuite.finance.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a person says about an expense or an income, already validated and cleaned. */
public record EntryDetails(BigDecimal amount, String currency, LocalDate date, UUID categoryId, String description,
        String counterparty, PaymentMethod paymentMethod, List<String> tags, String metadataJson, UUID recurringRuleId) {

    /** Whether going from {@code was} to this changes what the base-currency amount depends on. */
    boolean needsNewConversion(EntryDetails was) {
        return amount.compareTo(was.amount) != 0 || !currency.equals(was.currency) || !date.equals(was.date);
    }
}
