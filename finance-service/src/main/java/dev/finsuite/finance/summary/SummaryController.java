package dev.finsuite.finance.summary;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/summaries")
@Tag(name = "Summaries", description = "Income, expenses and net in your base currency, by category")
class SummaryController {

    private static final int MAX_MONTHS = 120;

    private final Summaries summaries;

    SummaryController(Summaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/monthly")
    @Operation(
            summary = "One month",
            description = "Amounts still waiting for a conversion are left out of the "
                    + "totals and counted in pendingConversions.")
    MonthSummary monthly(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam @Min(1900) @Max(9999) int year,
            @RequestParam @Min(1) @Max(12) int month) {
        YearMonth when = YearMonth.of(year, month);
        return summaries.months(caller.tenantId(), when, when).get(0);
    }

    @GetMapping("/trend")
    @Operation(
            summary = "Month by month",
            description = "The monthly summary for every month from 'from' to 'to' "
                    + "(inclusive, at most 120 months), months without money included.")
    List<MonthSummary> trend(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(example = "2026-01") @RequestParam String from,
            @Parameter(example = "2026-11") @RequestParam String to) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first.isAfter(last)) {
            throw new ValidationException("from", "must not be after to");
        }
        if (first.plusMonths(MAX_MONTHS - 1L).isBefore(last)) {
            throw new ValidationException("to", "at most " + MAX_MONTHS + " months after from");
        }
        return summaries.months(caller.tenantId(), first, last);
    }

    private static YearMonth month(String field, String value) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 1900 || month.getYear() > 9999) {
                throw new DateTimeException("out of range");
            }
            return month;
        } catch (DateTimeException bad) {
            throw new ValidationException(field, "must be a month like 2026-11");
        }
    }
}
