package dev.finsuite.finance.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The body of an expense or income request; in a PATCH, a null field means "unchanged". */
interface EntryInput {

    BigDecimal amount();

    String currency();

    LocalDate date();

    UUID categoryId();

    String description();

    /** The payee of an expense, the source of an income. */
    String counterparty();

    PaymentMethod paymentMethod();

    List<String> tags();

    JsonNode metadata();

    UUID recurringRuleId();
}
