package dev.finsuite.emi.calculator;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.web.ApiException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.emi.schedule.Amortization;
import dev.finsuite.emi.schedule.InstalmentView;
import dev.finsuite.emi.schedule.LoanTerms;
import dev.finsuite.emi.schedule.Schedule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The EMI and schedule of a loan that is not stored: for comparing offers before signing one. */
@RestController
@Tag(name = "EMI calculator")
class CalculatorController {

    private static final BigDecimal MAX_PRINCIPAL = new BigDecimal("999999999999999");
    private final Currencies currencies;
    private final Clock clock;

    CalculatorController(Currencies currencies, Clock clock) {
        this.currencies = currencies;
        this.clock = clock;
    }

    @GetMapping("/api/v1/emi-calculator")
    @Operation(
            summary = "Compute an EMI and its schedule",
            description = "firstEmiDate defaults to a month from today.")
    Calculation calculate(
            @Parameter(example = "1000000") @RequestParam BigDecimal principal,
            @Parameter(example = "8.5") @RequestParam BigDecimal annualRate,
            @Parameter(example = "240") @RequestParam int tenureMonths,
            @Parameter(example = "INR") @RequestParam String currency,
            @Parameter(example = "2026-12-24")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate firstEmiDate) {
        currencies.requireActive("currency", currency);
        List<ApiException.FieldError> errors = new ArrayList<>();
        Money lent = null;
        if (principal.signum() <= 0 || principal.compareTo(MAX_PRINCIPAL) > 0) {
            errors.add(new ApiException.FieldError("principal", "must be more than 0 and at most " + MAX_PRINCIPAL));
        } else {
            lent = currencies.money("principal", principal, "currency", currency);
        }
        if (annualRate.signum() < 0
                || annualRate.compareTo(BigDecimal.valueOf(100)) > 0
                || annualRate.stripTrailingZeros().scale() > 4) {
            errors.add(new ApiException.FieldError("annualRate", "must be 0 to 100 percent, with at most 4 decimals"));
        }
        if (tenureMonths < 1 || tenureMonths > 600) {
            errors.add(new ApiException.FieldError("tenureMonths", "must be between 1 and 600"));
        }
        if (firstEmiDate != null && !LoanTerms.withinRange(firstEmiDate)) {
            errors.add(new ApiException.FieldError("firstEmiDate", LoanTerms.RANGE_MESSAGE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate first = firstEmiDate == null ? LocalDate.now(clock).plusMonths(1) : firstEmiDate;
        Schedule schedule = Amortization.project(new LoanTerms(
                lent.amount(), annualRate, tenureMonths, first, lent.currency().minorUnits()));
        return new Calculation(
                lent.shownAmount(),
                lent.currencyCode(),
                annualRate.stripTrailingZeros(),
                tenureMonths,
                schedule.firstEmi(),
                schedule.totalInterest(),
                schedule.totalPayable(),
                schedule.endDate(),
                schedule.instalments().stream().map(InstalmentView::of).toList());
    }

    record Calculation(
            @Schema(example = "1000000.00") BigDecimal principal,
            @Schema(example = "INR") String currency,
            @Schema(example = "8.5") BigDecimal annualRate,
            @Schema(example = "240") int tenureMonths,
            @Schema(example = "8678.23") BigDecimal emi,
            @Schema(example = "1082776.63") BigDecimal totalInterest,
            @Schema(example = "2082776.63") BigDecimal totalPayable,
            @Schema(example = "2046-11-24") LocalDate endDate,
            List<InstalmentView> instalments) {}
}
