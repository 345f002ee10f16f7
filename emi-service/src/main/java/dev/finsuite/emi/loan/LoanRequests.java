package dev.finsuite.emi.loan;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.web.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The loan endpoints' request bodies, with the limits every loan must meet. */
final class LoanRequests {

    private LoanRequests() {}

    @Schema(example = """
            {"name": "Flat in Pune", "lender": "State Bank", "loanType": "HOME", "principal": "1000000",
             "currency": "INR", "annualRate": "8.5", "tenureMonths": 240, "disbursalDate": "2026-01-10",
             "firstEmiDate": "2026-02-05", "notes": "Floating rate, linked to the repo rate",
             "metadata": {"accountNumber": "HL-0042"}}""")
    record NewLoan(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 120) String lender,
            @NotNull LoanType loanType,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("999999999999999")
            @Digits(integer = 15, fraction = 4)
            BigDecimal principal,

            @NotBlank @Size(max = 8) String currency,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal annualRate,

            @NotNull @Min(1) @Max(600) Integer tenureMonths,
            @NotNull LocalDate disbursalDate,
            @NotNull LocalDate firstEmiDate,
            @Size(max = 2000) String notes,
            JsonNode metadata) {

        /** The principal in a currency still in use, payable as it is (400 on currency or principal otherwise). */
        Loan.AgreedTerms terms(Currencies currencies) {
            return new Loan.AgreedTerms(
                    currencies.money("principal", principal, "currency", currency),
                    annualRate,
                    tenureMonths,
                    disbursalDate,
                    firstEmiDate);
        }

        Loan.LoanDetails details(Metadata metadata) {
            return new Loan.LoanDetails(
                    name.strip(), Text.clean(lender), loanType, Text.clean(notes), metadata.write(this.metadata));
        }
    }

    /** A partial update: absent fields stay as they are; an empty lender or notes clears it. */
    @Schema(example = """
            {"name": "Flat in Pune (top-up)", "notes": "Moved to the external benchmark rate"}""")
    record LoanPatch(
            @Nullable @Size(min = 1, max = 120) String name,
            @Nullable @Size(max = 120) String lender,
            @Nullable LoanType loanType,

            @Nullable
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("999999999999999")
            @Digits(integer = 15, fraction = 4)
            BigDecimal principal,

            @Nullable @Size(min = 1, max = 8) String currency,

            @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal annualRate,

            @Nullable @Min(1) @Max(600) Integer tenureMonths,
            @Nullable LocalDate disbursalDate,
            @Nullable LocalDate firstEmiDate,
            @Nullable LoanStatus status,
            @Nullable @Size(max = 2000) String notes,
            @Nullable JsonNode metadata) {

        /**
         * The terms with this patch applied. A new currency must be in use; the principal, new or kept, must be
         * payable in the currency the loan ends up with.
         */
        Loan.AgreedTerms mergedOnto(Loan.AgreedTerms was, Currencies currencies) {
            Currency unit =
                    currency == null ? was.principal().currency() : currencies.requireActive("currency", currency);
            Money amount = Loan.payable(
                    "principal", new Money(principal == null ? was.principal().amount() : principal, unit));
            return new Loan.AgreedTerms(
                    amount,
                    annualRate == null ? was.annualRate() : annualRate,
                    tenureMonths == null ? was.tenureMonths() : tenureMonths,
                    disbursalDate == null ? was.disbursalDate() : disbursalDate,
                    firstEmiDate == null ? was.firstEmiDate() : firstEmiDate);
        }

        Loan.LoanDetails mergedOnto(Loan.LoanDetails was, Metadata metadata) {
            return new Loan.LoanDetails(
                    name == null ? was.name() : name.strip(),
                    lender == null ? was.lender() : Text.clean(lender),
                    loanType == null ? was.loanType() : loanType,
                    notes == null ? was.notes() : Text.clean(notes),
                    this.metadata == null ? was.metadataJson() : metadata.write(this.metadata));
        }
    }
}
