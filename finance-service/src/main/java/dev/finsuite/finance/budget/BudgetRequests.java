package dev.finsuite.finance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.finsuite.common.web.Text;

/** Request bodies of budgets: a create, and a PATCH that sends only what changes. */
final class BudgetRequests {

    private static final String REQUIRED = "is required";

    private BudgetRequests() {
    }

    @Schema(description = "limit, currency, period and startDate are required; rollover defaults to NONE; leave out "
            + "categoryId for all spending.",
            example = """
                    {"name": "Groceries", "categoryId": "00000000-0000-4000-8000-000000000102", "limit": "12000",
                     "currency": "INR", "period": "MONTHLY", "startDate": "2026-01-01", "rollover": "CARRY_SURPLUS"}""")
    record NewBudget(@Size(max = 120) String name, UUID categoryId,
            @NotNull(message = REQUIRED) @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) BigDecimal limit,
            @NotNull(message = REQUIRED) String currency, @NotNull(message = REQUIRED) BudgetPeriod period,
            @NotNull(message = REQUIRED) LocalDate startDate, Rollover rollover) {

        Budget.Terms terms(BudgetFields fields) {
            return new Budget.Terms(Text.clean(name), categoryId, fields.limit(limit, currency), period,
                    fields.startDate(startDate), rollover == null ? Rollover.NONE : rollover);
        }
    }

    @Schema(description = "Send only what changes.", example = "{\"limit\": \"13000\", \"rollover\": \"CARRY_ALL\"}")
    record BudgetPatch(@Size(max = 120) @Nullable String name, @Nullable UUID categoryId,
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) @Nullable BigDecimal limit,
            @Nullable String currency, @Nullable BudgetPeriod period, @Nullable LocalDate startDate,
            @Nullable Rollover rollover) {

        /** {@code current} with what this changes, each changed field checked and cleaned as on create. */
        Budget.Terms mergeOnto(Budget.Terms current, BudgetFields fields) {
            return new Budget.Terms(name == null ? current.name() : Text.clean(name),
                    categoryId == null ? current.categoryId() : categoryId,
                    fields.limit(current.limit(), limit, currency),
                    period == null ? current.period() : period,
                    startDate == null ? current.startDate() : fields.startDate(startDate),
                    rollover == null ? current.rollover() : rollover);
        }
    }
}
