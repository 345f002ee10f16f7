package dev.finsuite.export.report.statement;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.export.ledger.MonthRange;
import dev.finsuite.export.openapi.ProblemResponses;
import dev.finsuite.export.tabular.Output;
import dev.finsuite.export.tabular.ReportMediaTypes;
import dev.finsuite.export.tabular.ReportParameters;
import dev.finsuite.export.tabular.Reported;
import dev.finsuite.export.tabular.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports/income-statement} and {@code /cash-flow}: what the household earned and spent, from
 * finance-service's entries, in the tenant's base currency. Reads need VIEWER (the suite's rule for GET).
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Statements of the household's money, as JSON or as CSV/XLSX for people")
class StatementController {

    private static final String OUTPUT = "format: json (default), csv or xlsx; for csv, dialect (data or excel) and "
            + "locale (with excel, e.g. de-DE) as for exports.";

    private final Statements statements;

    StatementController(Statements statements) {
        this.statements = statements;
    }

    @Operation(
            summary = "Income statement",
            description =
                    "Income and expenses by category and month from 'from' to 'to' (months, both included, at most "
                            + "120), in the base currency: a line per category booked to (naming its parent), subtotals per month "
                            + "and section, the net, and how many entries were left out because they are not yet converted. "
                            + "In CSV/XLSX a row per category and a column per month, expenses negative, so each column adds up "
                            + "to the net. " + OUTPUT,
            parameters = {
                @Parameter(name = "from", in = ParameterIn.QUERY, required = true, example = "2026-01"),
                @Parameter(name = "to", in = ParameterIn.QUERY, required = true, example = "2026-12"),
                @Parameter(name = "format", in = ParameterIn.QUERY, example = "json")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = IncomeStatement.class)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping(
            path = "/income-statement",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    ResponseEntity<?> incomeStatement(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = ReportParameters.of(query, "from", "to");
        MonthRange range = parameters.range();
        Output output = parameters.output();
        parameters.validated();
        Reported<IncomeStatement> statement = statements.incomeStatement(caller.tenantId(), range);
        return Responses.of(
                output,
                statement,
                StatementTables::incomeStatement,
                "finsuite-income-statement-" + range.first() + "-" + range.last());
    }

    @Operation(
            summary = "Cash flow by month",
            description =
                    "Per month from 'from' to 'to' (both included, at most 120): income, expenses, net and the running "
                            + "net from the first month, in the base currency, and how many entries were left out because they are "
                            + "not yet converted. " + OUTPUT,
            parameters = {
                @Parameter(name = "from", in = ParameterIn.QUERY, required = true, example = "2026-01"),
                @Parameter(name = "to", in = ParameterIn.QUERY, required = true, example = "2026-12"),
                @Parameter(name = "format", in = ParameterIn.QUERY, example = "json")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(mediaType = "application/json", schema = @Schema(implementation = CashFlow.class)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping(
            path = "/cash-flow",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    ResponseEntity<?> cashFlow(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        ReportParameters parameters = ReportParameters.of(query, "from", "to");
        MonthRange range = parameters.range();
        Output output = parameters.output();
        parameters.validated();
        Reported<CashFlow> flow = statements.cashFlow(caller.tenantId(), range);
        return Responses.of(
                output, flow, StatementTables::cashFlow, "finsuite-cash-flow-" + range.first() + "-" + range.last());
    }
}
