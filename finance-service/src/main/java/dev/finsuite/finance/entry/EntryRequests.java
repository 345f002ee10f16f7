package dev.finsuite.finance.entry;

import dev.finsuite.finance.support.Tags;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Request bodies: expenses name a payee, income a source; otherwise they are the same. A create needs amount,
 * currency, date and categoryId; a PATCH sends only what changes.
 */
final class EntryRequests {

    private static final String REQUIRED = "is required";

    private EntryRequests() {}

    @Schema(description = "amount, currency, date and categoryId are required.", example = """
                    {"amount": "1250.50", "currency": "INR", "date": "2026-11-20",
                     "categoryId": "00000000-0000-4000-8000-000000000102", "description": "Weekly groceries",
                     "payee": "FreshMart", "paymentMethod": "UPI", "tags": ["family", "weekly"],
                     "metadata": {"receipt": "R-2211"}}""")
    record NewExpense(
            @NotNull(message = REQUIRED)
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            BigDecimal amount,

            @NotNull(message = REQUIRED) @Schema(example = "INR")
            String currency,

            @NotNull(message = REQUIRED) LocalDate date,
            @NotNull(message = REQUIRED) UUID categoryId,
            @Size(max = 1000) String description,
            @Size(max = 200) String payee,
            PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) List<String> tags,
            @Schema(type = "object") JsonNode metadata,
            UUID recurringRuleId)
            implements EntryInput {

        @Override
        public String counterparty() {
            return payee;
        }
    }

    @Schema(
            description = "Send only what changes; an empty string clears a text field.",
            example = "{\"amount\": \"1300\", \"payee\": \"FreshMart Express\"}")
    record ExpensePatch(
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            @Nullable
            BigDecimal amount,

            @Schema(example = "INR") @Nullable String currency,
            @Nullable LocalDate date,
            @Nullable UUID categoryId,
            @Size(max = 1000) @Nullable String description,
            @Size(max = 200) @Nullable String payee,
            @Nullable PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) @Nullable List<String> tags,
            @Schema(type = "object") @Nullable JsonNode metadata,
            @Nullable UUID recurringRuleId)
            implements EntryPatch {

        @Override
        public String counterparty() {
            return payee;
        }
    }

    @Schema(description = "amount, currency, date and categoryId are required.", example = """
                    {"amount": "85000", "currency": "INR", "date": "2026-11-01",
                     "categoryId": "00000000-0000-4000-8000-000000000201", "description": "November salary",
                     "source": "Acme Pvt Ltd", "paymentMethod": "BANK_TRANSFER", "tags": ["salary"]}""")
    record NewIncome(
            @NotNull(message = REQUIRED)
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            BigDecimal amount,

            @NotNull(message = REQUIRED) @Schema(example = "INR")
            String currency,

            @NotNull(message = REQUIRED) LocalDate date,
            @NotNull(message = REQUIRED) UUID categoryId,
            @Size(max = 1000) String description,
            @Size(max = 200) String source,
            PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) List<String> tags,
            @Schema(type = "object") JsonNode metadata,
            UUID recurringRuleId)
            implements EntryInput {

        @Override
        public String counterparty() {
            return source;
        }
    }

    @Schema(
            description = "Send only what changes; an empty string clears a text field.",
            example = "{\"amount\": \"86000\", \"description\": \"November salary, with bonus\"}")
    record IncomePatch(
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            @Nullable
            BigDecimal amount,

            @Schema(example = "INR") @Nullable String currency,
            @Nullable LocalDate date,
            @Nullable UUID categoryId,
            @Size(max = 1000) @Nullable String description,
            @Size(max = 200) @Nullable String source,
            @Nullable PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) @Nullable List<String> tags,
            @Schema(type = "object") @Nullable JsonNode metadata,
            @Nullable UUID recurringRuleId)
            implements EntryPatch {

        @Override
        public String counterparty() {
            return source;
        }
    }
}
