package dev.finsuite.finance.entry;

import dev.finsuite.common.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a person says about an expense or an income, already validated and cleaned. */
public record EntryDetails(
        Money money,
        LocalDate date,
        UUID categoryId,
        String description,
        String counterparty,
        PaymentMethod paymentMethod,
        List<String> tags,
        String metadataJson,
        UUID recurringRuleId) {

    /** Whether going from {@code was} to this changes what the base-currency amount depends on. */
    boolean needsNewConversion(EntryDetails was) {
        return !money.equals(was.money) || !date.equals(was.date);
    }
}
