package dev.finsuite.export.analytics;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.export.ledger.MonthRange;
import dev.finsuite.export.openapi.ProblemResponses;
import dev.finsuite.export.tabular.Output;
import dev.finsuite.export.tabular.ReportMediaTypes;
import dev.finsuite.export.tabular.ReportParameters;
import dev.finsuite.export.tabular.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/analytics}: how the household's spending moves, from finance-service's entries in the base
 * currency, each figure with the numbers behind it. Reads need VIEWER (the suite's rule for GET).
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "Spending trends, top payees, recurring spend and unusually high months")
class AnalyticsController {

    private static final String OUTPUT = " format: json (default), csv or xlsx; for csv, dialect (data or excel) and "
            + "locale (with excel, e.g. de-DE) as for exports.";
    private static final int DEFAULT_PAYEES = 10;
    private static final int MAX_PAYEES = 100;

    private final Analyses analyses;

    AnalyticsController(Analyses analyses) {
        this.analyses = analyses;
    }

    @Operation(
            summary = "Spending trend per category",
            description =
                    "For 'month': each expense category's spending against the month before (change and change %) "
                            + "and against its average over the 12 months before (months without spending count as 0)."
                            + OUTPUT,
            parameters = {
                @Parameter(name = "month", in = ParameterIn.QUERY, required = true, example = "2026-03"),
                @Parameter(name = "format", in = ParameterIn.QUERY, example = "json")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = SpendingTrends.class)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping(
            path = "/spending-trends",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    ResponseEntity<?> spendingTrends(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = ReportParameters.of(query, "month");
        YearMonth month = parameters.month("month");
        Output output = parameters.output();
        parameters.validated();
        return Responses.of(
                output,
                analyses.spendingTrends(caller.tenantId(), month),
                AnalyticsTables::spendingTrends,
                "finsuite-spending-trends-" + month);
    }

    @Operation(
            summary = "Top payees",
            description =
                    "The counterparties paid most from 'from' to 'to' (months, both included, at most 120), with the "
                            + "number of payments, the total and its share of all expenses; 'limit' payees (1 to 100, default 10)."
                            + OUTPUT,
            parameters = {
                @Parameter(name = "from", in = ParameterIn.QUERY, required = true, example = "2026-01"),
                @Parameter(name = "to", in = ParameterIn.QUERY, required = true, example = "2026-03"),
                @Parameter(name = "limit", in = ParameterIn.QUERY, example = "10"),
                @Parameter(name = "format", in = ParameterIn.QUERY, example = "json")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = TopPayees.class)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping(
            path = "/top-payees",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    ResponseEntity<?> topPayees(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = ReportParameters.of(query, "from", "to", "limit");
        MonthRange range = parameters.range();
        int limit = parameters.limit("limit", DEFAULT_PAYEES, MAX_PAYEES);
        Output output = parameters.output();
        parameters.validated();
        return Responses.of(
                output,
                analyses.topPayees(caller.tenantId(), range, limit),
                AnalyticsTables::topPayees,
                "finsuite-top-payees-" + range.first() + "-" + range.last());
    }

    @Operation(
            summary = "Recurring spend",
            description =
                    "From 'from' to 'to' (months, both included, at most 120): the expenses recurring rules created, "
                            + "per rule, with the rule's monthly equivalent and what it cost; and counterparties paid without a "
                            + "rule in at least 3 distinct months with similar amounts (largest at most 10% above smallest). "
                            + "The CSV/XLSX holds the rules." + OUTPUT,
            parameters = {
                @Parameter(name = "from", in = ParameterIn.QUERY, required = true, example = "2026-01"),
                @Parameter(name = "to", in = ParameterIn.QUERY, required = true, example = "2026-06"),
                @Parameter(name = "format", in = ParameterIn.QUERY, example = "json")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = RecurringSpend.class)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping(
            path = "/recurring-spend",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    ResponseEntity<?> recurringSpend(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = ReportParameters.of(query, "from", "to");
        MonthRange range = parameters.range();
        Output output = parameters.output();
        parameters.validated();
        return Responses.of(
                output,
                analyses.recurringSpend(caller.tenantId(), range),
                AnalyticsTables::recurringSpend,
                "finsuite-recurring-spend-" + range.first() + "-" + range.last());
    }

    @Operation(
            summary = "Unusually high months",
            description = "The expense categories whose spending in 'month' is above the mean plus two (population) "
                    + "standard deviations of the 12 months before it, months without spending counting as 0; each with "
                    + "actual, mean, stddev, threshold and the 12 amounts." + OUTPUT,
            parameters = {
                @Parameter(name = "month", in = ParameterIn.QUERY, required = true, example = "2026-03"),
                @Parameter(name = "format", in = ParameterIn.QUERY, example = "json")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = UnusualMonths.class)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping(
            path = "/unusual-months",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    ResponseEntity<?> unusualMonths(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = ReportParameters.of(query, "month");
        YearMonth month = parameters.month("month");
        Output output = parameters.output();
        parameters.validated();
        return Responses.of(
                output,
                analyses.unusualMonths(caller.tenantId(), month),
                AnalyticsTables::unusualMonths,
                "finsuite-unusual-months-" + month);
    }
}
