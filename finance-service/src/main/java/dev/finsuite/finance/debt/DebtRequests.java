package dev.finsuite.finance.debt;

import dev.finsuite.common.money.Money;
import dev.finsuite.common.web.Text;
import dev.finsuite.finance.support.Inputs;
import dev.finsuite.finance.support.SensibleDates;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Request bodies of borrowings and lendings: a create, a PATCH that sends only what changes, a payment. */
final class DebtRequests {

    private static final String REQUIRED = "is required";

    private DebtRequests() {}

    /** Tomorrow at the latest: "today" is UTC here, and may already be tomorrow for the household. */
    private static LocalDate upToTomorrow(LocalDate date, Inputs inputs) {
        return SensibleDates.require("date", date, inputs.today().plusDays(1));
    }

    private static String name(String name) {
        String clean = Text.clean(name);
        if (clean == null) {
            throw new DebtFailures.BlankCounterparty();
        }
        return clean;
    }

    /** An interest rate of 0 means none. */
    private static BigDecimal rate(BigDecimal rate) {
        return rate == null || rate.signum() == 0 ? null : rate;
    }

    @Schema(
            description = "counterpartyName, principal, currency and date are required. Interest (annual %) needs "
                    + "a dueDate.",
            example = """
                    {"counterpartyName": "Ravi", "counterpartyContact": "+91 98450 00000", "principal": "20000",
                     "currency": "INR", "date": "2026-10-01", "dueDate": "2027-03-31", "interestRate": "6",
                     "notes": "For the car repair"}""")
    record NewDebt(
            @NotNull(message = REQUIRED) @Size(max = 120) String counterpartyName,
            @Size(max = 200) String counterpartyContact,

            @NotNull(message = REQUIRED)
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            BigDecimal principal,

            @NotNull(message = REQUIRED) String currency,
            @NotNull(message = REQUIRED) LocalDate date,
            LocalDate dueDate,

            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal interestRate,

            @Size(max = 2000) String notes) {

        Debt.Terms terms(Inputs inputs) {
            Money money = inputs.money("principal", principal, currency);
            LocalDate start = upToTomorrow(date, inputs);
            return new Debt.Terms(
                    name(counterpartyName),
                    Text.clean(counterpartyContact),
                    money,
                    start,
                    dueDate,
                    rate(interestRate),
                    Text.clean(notes));
        }
    }

    @Schema(
            description = "Send only what changes; an interestRate of 0 removes interest.",
            example = "{\"dueDate\": \"2027-06-30\", \"interestRate\": \"5\"}")
    record DebtPatch(
            @Size(max = 120) @Nullable String counterpartyName,
            @Size(max = 200) @Nullable String counterpartyContact,

            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            @Nullable
            BigDecimal principal,

            @Nullable String currency,
            @Nullable LocalDate date,
            @Nullable LocalDate dueDate,

            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Nullable
            BigDecimal interestRate,

            @Size(max = 2000) @Nullable String notes) {

        /** {@code current} with what this changes, each changed field checked and cleaned as on create. */
        Debt.Terms mergeOnto(Debt.Terms current, Inputs inputs) {
            Money money = inputs.revised(current.principal(), "principal", principal, currency);
            LocalDate start = date == null ? current.startDate() : upToTomorrow(date, inputs);
            return new Debt.Terms(
                    counterpartyName == null ? current.counterpartyName() : name(counterpartyName),
                    counterpartyContact == null ? current.counterpartyContact() : Text.clean(counterpartyContact),
                    money,
                    start,
                    dueDate == null ? current.dueDate() : dueDate,
                    interestRate == null ? current.interestRate() : rate(interestRate),
                    notes == null ? current.notes() : Text.clean(notes));
        }
    }

    @Schema(example = "{\"amount\": \"5000\", \"date\": \"2026-11-20\", \"note\": \"First instalment\"}")
    record PaymentRequest(
            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            BigDecimal amount,

            @NotNull LocalDate date,
            @Size(max = 500) String note) {}
}
