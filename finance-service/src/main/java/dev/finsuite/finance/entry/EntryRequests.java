package dev.finsuite.finance.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

import dev.finsuite.finance.support.Tags;

/** Request bodies: expenses name a payee, income a source; otherwise they are the same. */
final class EntryRequests {

    private EntryRequests() {
    }

    @Schema(description = "On create, amount, currency, date and categoryId are required. On PATCH, send only what "
            + "changes; an empty string clears a text field.",
            example = """
                    {"amount": "1250.50", "currency": "INR", "date": "2026-11-20",
                     "categoryId": "00000000-0000-4000-8000-000000000102", "description": "Weekly groceries",
                     "payee": "FreshMart", "paymentMethod": "UPI", "tags": ["family", "weekly"],
                     "metadata": {"receipt": "R-2211"}}""")
    record ExpenseRequest(
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @Schema(example = "INR") String currency,
            LocalDate date,
            UUID categoryId,
            @Size(max = 1000) String description,
            @Size(max = 200) String payee,
            PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) List<String> tags,
            @Schema(type = "object") JsonNode metadata,
            UUID recurringRuleId) implements EntryInput {

        @Override
        public String counterparty() {
            return payee;
        }
    }

    @Schema(description = "On create, amount, currency, date and categoryId are required. On PATCH, send only what "
            + "changes; an empty string clears a text field.",
            example = """
                    {"amount": "85000", "currency": "INR", "date": "2026-11-01",
                     "categoryId": "00000000-0000-4000-8000-000000000201", "description": "November salary",
                     "source": "Acme Pvt Ltd", "paymentMethod": "BANK_TRANSFER", "tags": ["salary"]}""")
    record IncomeRequest(
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @Schema(example = "INR") String currency,
            LocalDate date,
            UUID categoryId,
            @Size(max = 1000) String description,
            @Size(max = 200) String source,
            PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) List<String> tags,
            @Schema(type = "object") JsonNode metadata,
            UUID recurringRuleId) implements EntryInput {

        @Override
        public String counterparty() {
            return source;
        }
    }
}
