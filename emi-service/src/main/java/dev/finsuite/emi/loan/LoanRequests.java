package dev.finsuite.emi.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.finsuite.common.web.ApiException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.emi.schedule.LoanTerms;

/** The loan endpoints' request bodies, with the limits every loan must meet. */
final class LoanRequests {

    private LoanRequests() {
    }

    @Schema(example = """
            {"name": "Flat in Pune", "lender": "State Bank", "loanType": "HOME", "principal": "1000000",
             "currency": "INR", "annualRate": "8.5", "tenureMonths": 240, "disbursalDate": "2026-01-10",
             "firstEmiDate": "2026-02-05", "notes": "Floating rate, linked to the repo rate",
             "metadata": {"accountNumber": "HL-0042"}}""")
    record NewLoan(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 120) String lender,
            @NotNull LoanType loanType,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 4) BigDecimal principal,
            @NotBlank @Size(max = 8) String currency,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal annualRate,
            @NotNull @Min(1) @Max(600) Integer tenureMonths,
            @NotNull LocalDate disbursalDate,
            @NotNull LocalDate firstEmiDate,
            @Size(max = 2000) String notes,
            JsonNode metadata) {
    }

    /** A partial update: absent fields stay as they are; an empty lender or notes clears it. */
    @Schema(example = """
            {"name": "Flat in Pune (top-up)", "notes": "Moved to the external benchmark rate"}""")
    record LoanPatch(
            @Size(min = 1, max = 120) String name,
            @Size(max = 120) String lender,
            LoanType loanType,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 4) BigDecimal principal,
            @Size(min = 1, max = 8) String currency,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal annualRate,
            @Min(1) @Max(600) Integer tenureMonths,
            LocalDate disbursalDate,
            LocalDate firstEmiDate,
            LoanStatus status,
            @Size(max = 2000) String notes,
            JsonNode metadata) {
    }

    /** Checks what single-field constraints cannot: dates in range and the first EMI not before disbursal. */
    static void requireDates(LocalDate disbursal, LocalDate firstEmi) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        if (!LoanTerms.withinRange(disbursal)) {
            errors.add(new ApiException.FieldError("disbursalDate", LoanTerms.RANGE_MESSAGE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (firstEmi.isBefore(disbursal)) {
            errors.add(new ApiException.FieldError("firstEmiDate", "must not be before the disbursal date"));
        } else if (firstEmi.isAfter(disbursal.plusYears(10))) {
            errors.add(new ApiException.FieldError("firstEmiDate", "must be within ten years of the disbursal date"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
