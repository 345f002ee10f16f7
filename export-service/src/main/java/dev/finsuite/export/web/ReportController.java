package dev.finsuite.export.web;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.export.openapi.ProblemResponses;
import dev.finsuite.export.read.TenantReads;
import dev.finsuite.export.report.BudgetVsActual;
import dev.finsuite.export.report.InvestmentReport;
import dev.finsuite.export.report.LoanReport;
import dev.finsuite.export.report.NetWorth;
import dev.finsuite.export.tabular.ReportMediaTypes;
import dev.finsuite.export.tabular.Table;
import dev.finsuite.export.tabular.TableFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports}: reports whose figures finance-, emi- and investment-service compute, asked of them as
 * the caller (503 {@code upstream_unavailable} while one is down). JSON by default; {@code format=csv|xlsx} writes
 * one table through the export writers, in the export's dialects. Reads need VIEWER.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Budget versus actual, net worth, loan and investment reports")
class ReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // The examples make one valid request together (Swagger UI fills them in): a German Excel CSV.

    static final int BUDGET_MAX_MONTHS = 24;
    static final int NET_WORTH_MAX_MONTHS = 120;

    private final BudgetVsActual budgetVsActual;
    private final NetWorth netWorth;
    private final LoanReport loans;
    private final InvestmentReport investments;
    private final TenantReads reads;
    private final Clock clock;

    ReportController(
            BudgetVsActual budgetVsActual,
            NetWorth netWorth,
            LoanReport loans,
            InvestmentReport investments,
            TenantReads reads,
            Clock clock) {
        this.budgetVsActual = budgetVsActual;
        this.netWorth = netWorth;
        this.loans = loans;
        this.investments = investments;
        this.reads = reads;
        this.clock = clock;
    }

    @ReportFileParameters
    @GetMapping(
            path = "/budget-vs-actual",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    @Operation(
            summary = "Budget versus actual per budget and period",
            description = "Every period of every budget that overlaps from..to (dates, at most 24 months apart), with "
                    + "its limit, carried-over rollover, available, spent, remaining and state as finance-service "
                    + "computes them. format=json (default), csv (dialect, locale) or xlsx.",
            parameters = {
                @Parameter(
                        name = "from",
                        in = ParameterIn.QUERY,
                        required = true,
                        example = "2026-01-01",
                        description = "First day of the range"),
                @Parameter(
                        name = "to",
                        in = ParameterIn.QUERY,
                        required = true,
                        example = "2026-02-28",
                        description = "Last day of the range, at most 24 months after from")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The periods, or their table as a file",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    examples =
                                            @ExampleObject(
                                                    name = "budget-vs-actual",
                                                    value = ResponseExamples.BUDGET_VS_ACTUAL)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = XLSX)
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "503", ref = ProblemResponses.UPSTREAM_UNAVAILABLE)
            })
    ResponseEntity<?> budgetVsActual(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters)
            throws IOException {
        ReportRequest request = new ReportRequest(parameters, Set.of("from", "to"), List.of());
        LocalDate[] range = request.dateRange(BUDGET_MAX_MONTHS);
        request.validated();
        BudgetVsActual.Report report = budgetVsActual.of(range[0], range[1]);
        return answer(caller.tenantId(), request, "budget-vs-actual", report, report::table);
    }

    @ReportFileParameters
    @GetMapping(
            path = "/net-worth",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    @Operation(
            summary = "Net worth at each month's end",
            description = "from, to as YYYY-MM (default: the last 12 months; at most 120 months; to not after this "
                    + "month). Investments at market value + lent outstanding - loan principal outstanding - "
                    + "borrowed outstanding, each part shown; an unknown part is null with its reason, and what the "
                    + "suite does not keep (bank balances) is listed as absent, never counted as zero.",
            parameters = {
                @Parameter(
                        name = "from",
                        in = ParameterIn.QUERY,
                        example = "2026-01",
                        description = "First month (YYYY-MM); default 11 months before to"),
                @Parameter(
                        name = "to",
                        in = ParameterIn.QUERY,
                        example = "2026-02",
                        description = "Last month (YYYY-MM), not after this month; default this month")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "Each month's parts, or their table as a file",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    examples = @ExampleObject(name = "net-worth", value = ResponseExamples.NET_WORTH)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = XLSX)
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "503", ref = ProblemResponses.UPSTREAM_UNAVAILABLE)
            })
    ResponseEntity<?> netWorth(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters)
            throws IOException {
        ReportRequest request = new ReportRequest(parameters, Set.of("from", "to"), List.of());
        YearMonth[] range = request.monthRange(NET_WORTH_MAX_MONTHS, clock);
        request.validated();
        NetWorth.Report report = netWorth.of(caller.tenantId(), range[0], range[1]);
        return answer(caller.tenantId(), request, "net-worth", report, report::table);
    }

    @ReportFileParameters
    @GetMapping(
            path = "/loans/{loanId}",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    @Operation(
            summary = "A loan's report: terms, amortisation schedule, payments and prepayments",
            description = "As emi-service keeps them; another tenant's loan is 404. For csv/xlsx, table=schedule "
                    + "(default), payments or prepayments.",
            parameters = {
                @Parameter(
                        name = "table",
                        in = ParameterIn.QUERY,
                        example = "schedule",
                        description = "With csv or xlsx: schedule (default), payments or prepayments")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The loan's report, or one of its tables as a file",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    examples = @ExampleObject(name = "loan", value = ResponseExamples.LOAN)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = XLSX)
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND),
                @ApiResponse(responseCode = "503", ref = ProblemResponses.UPSTREAM_UNAVAILABLE)
            })
    ResponseEntity<?> loan(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters)
            throws IOException {
        ReportRequest request = new ReportRequest(parameters, Set.of(), LoanReport.Report.TABLES).validated();
        LoanReport.Report report = loans.of(loanId);
        return answer(caller.tenantId(), request, "loan-" + loanId, report, () -> report.table(request.table()));
    }

    @ReportFileParameters
    @GetMapping(
            path = "/investments",
            produces = {"application/json", "text/csv", ReportMediaTypes.XLSX})
    @Operation(
            summary = "The investment report: holdings, realised gains by year, dividends by year",
            description = "As investment-service replays them. For csv/xlsx, table=holdings (default), "
                    + "realised-gains or dividends.",
            parameters = {
                @Parameter(
                        name = "table",
                        in = ParameterIn.QUERY,
                        example = "holdings",
                        description = "With csv or xlsx: holdings (default), realised-gains or dividends")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The report, or one of its tables as a file",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    examples =
                                            @ExampleObject(name = "investments", value = ResponseExamples.INVESTMENTS)),
                            @Content(mediaType = "text/csv"),
                            @Content(mediaType = XLSX)
                        }),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "503", ref = ProblemResponses.UPSTREAM_UNAVAILABLE)
            })
    ResponseEntity<?> investments(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters)
            throws IOException {
        ReportRequest request = new ReportRequest(parameters, Set.of(), InvestmentReport.Report.TABLES).validated();
        InvestmentReport.Report report = investments.of(caller.tenantId());
        return answer(caller.tenantId(), request, "investments", report, () -> report.table(request.table()));
    }

    /** The report as JSON, or one of its tables as a file written by the export writers (reports are small). */
    private ResponseEntity<?> answer(
            UUID tenant, ReportRequest request, String name, Object json, Supplier<Table> table) throws IOException {
        if (request.format() == null) {
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json);
        }
        Table rows = table.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFile.write(rows, request.format(), request.dialect(), reads.currencies(tenant)::minorUnitsOf, out);
        String filename = "finsuite-report-" + name + (rows.name().equals(name) ? "" : "-" + rows.name()) + "-"
                + LocalDate.now(clock) + "." + request.format().extension();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(request.format().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
