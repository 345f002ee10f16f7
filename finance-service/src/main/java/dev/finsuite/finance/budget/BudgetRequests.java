package dev.finsuite.finance.budget;

import dev.finsuite.common.web.Text;
import dev.finsuite.finance.support.Inputs;
import dev.finsuite.finance.support.SensibleDates;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of budgets: a create, and a PATCH that sends only what changes. */
final class BudgetRequests {

    private static final String REQUIRED = "is required";

    private BudgetRequests() {}

    /** Up to five years ahead: a budget planned for later. */
    private static LocalDate startWithinFiveYears(LocalDate date, Inputs inputs) {
        return SensibleDates.require("startDate", date, inputs.today().plusYears(5));
    }

    @Schema(
            description = "limit, currency, period and startDate are required; rollover defaults to NONE; leave out "
                    + "categoryId for all spending.",
            example = """
                    {"name": "Groceries", "categoryId": "00000000-0000-4000-8000-000000000102", "limit": "12000",
                     "currency": "INR", "period": "MONTHLY", "startDate": "2026-01-01", "rollover": "CARRY_SURPLUS"}""")
    record NewBudget(
            @Size(max = 120) String name,
            UUID categoryId,

            @NotNull(message = REQUIRED)
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            BigDecimal limit,

            @NotNull(message = REQUIRED) String currency,
            @NotNull(message = REQUIRED) BudgetPeriod period,
            @NotNull(message = REQUIRED) LocalDate startDate,
            Rollover rollover) {

        Budget.Terms terms(Inputs inputs) {
            return new Budget.Terms(
                    Text.clean(name),
                    categoryId,
                    inputs.money("limit", limit, currency),
                    period,
                    startWithinFiveYears(startDate, inputs),
                    rollover == null ? Rollover.NONE : rollover);
        }
    }

    @Schema(description = "Send only what changes.", example = "{\"limit\": \"13000\", \"rollover\": \"CARRY_ALL\"}")
    record BudgetPatch(
            @Size(max = 120) @Nullable String name,
            @Nullable UUID categoryId,

            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            @Nullable
            BigDecimal limit,

            @Nullable String currency,
            @Nullable BudgetPeriod period,
            @Nullable LocalDate startDate,
            @Nullable Rollover rollover) {

        /** {@code current} with what this changes, each changed field checked and cleaned as on create. */
        Budget.Terms mergeOnto(Budget.Terms current, Inputs inputs) {
            return new Budget.Terms(
                    name == null ? current.name() : Text.clean(name),
                    categoryId == null ? current.categoryId() : categoryId,
                    inputs.revised(current.limit(), "limit", limit, currency),
                    period == null ? current.period() : period,
                    startDate == null ? current.startDate() : startWithinFiveYears(startDate, inputs),
                    rollover == null ? current.rollover() : rollover);
        }
    }
}
