package dev.finsuite.investment.portfolio;

import dev.finsuite.common.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/portfolio")
@Tag(
        name = "Portfolio",
        description = "Holdings, gains, allocation, dividends and performance, replayed from the "
                + "ledger; a figure that cannot be known is null with its reason, never 0")
class PortfolioController {

    private final Holdings holdings;
    private final RealisedGains realisedGains;
    private final Allocations allocations;
    private final DividendIncome dividends;
    private final Performance performance;
    private final PortfolioBulkhead bulkhead;

    PortfolioController(
            Holdings holdings,
            RealisedGains realisedGains,
            Allocations allocations,
            DividendIncome dividends,
            Performance performance,
            PortfolioBulkhead bulkhead) {
        this.bulkhead = bulkhead;
        this.holdings = holdings;
        this.realisedGains = realisedGains;
        this.allocations = allocations;
        this.dividends = dividends;
        this.performance = performance;
    }

    @GetMapping("/holdings")
    @Operation(
            summary = "Holdings valued today",
            description =
                    "Per asset per account: quantity, cost basis by the "
                            + "account's method, average unit cost, price (date, source, stale), market value, unrealised and "
                            + "realised gain, dividends, interest, fees, taxes, the same in the base currency with the gain split "
                            + "into price and currency effect, and the allocation share. includeClosed=true adds positions sold out.")
    HoldingViews.Holdings holdings(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) UUID accountId,
            @RequestParam(defaultValue = "false") boolean includeClosed) {
        return bulkhead.run(() -> holdings.holdings(caller.tenantId(), accountId, includeClosed));
    }

    @GetMapping("/realised-gains")
    @Operation(summary = "Realised gains of a year, line by line, for a tax return")
    RealisedGains.Report realisedGains(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) UUID accountId) {
        return bulkhead.run(() -> realisedGains.of(caller.tenantId(), year, accountId));
    }

    @GetMapping("/allocation")
    @Operation(
            summary = "Allocation of today's value",
            description = "by=assetClass (default), currency, account or asset.")
    Allocations.Allocation allocation(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) UUID accountId) {
        return bulkhead.run(() -> allocations.by(caller.tenantId(), by, accountId));
    }

    @GetMapping("/dividends")
    @Operation(
            summary = "Dividends by month or year",
            description = "groupBy=month (default) or year; gross, tax "
                    + "withheld and net in the base currency at each dividend's own rate.")
    DividendIncome.Report dividends(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) UUID accountId) {
        return bulkhead.run(() -> dividends.of(caller.tenantId(), groupBy, accountId));
    }

    @GetMapping("/performance")
    @Operation(
            summary = "Performance over a range",
            description = "range=1D, WTD, MTD, YTD, 1Y, 5Y, MAX (default) or "
                    + "a year. Absolute gain, time-weighted return (annualised over a year) and money-weighted return "
                    + "(XIRR), each labelled with its method; null with a reason when it cannot be known. Dividends and "
                    + "interest count unless includeDividends=false.")
    Performance.PerformanceView performance(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) String range,
            @RequestParam(required = false) UUID accountId,
            @RequestParam(defaultValue = "true") boolean includeDividends) {
        return bulkhead.run(() -> performance.performance(caller.tenantId(), range, accountId, includeDividends));
    }

    @GetMapping("/history")
    @Operation(summary = "Daily market value and net invested over a range, for a chart")
    Performance.HistoryView history(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) String range,
            @RequestParam(required = false) UUID accountId) {
        return bulkhead.run(() -> performance.history(caller.tenantId(), range, accountId));
    }
}
