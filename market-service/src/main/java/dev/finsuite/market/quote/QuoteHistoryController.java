package dev.finsuite.market.quote;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quotes/{symbol}/history")
@Tag(name = "Quotes", description = "Asset prices: latest quotes, manual prices and daily closes")
class QuoteHistoryController {

    static final int MAX_YEARS = 25;
    static final int DEFAULT_DAYS = 30;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final String EXAMPLE = """
            {"symbol":"AAPL.US","assetType":"STOCK","currency":"USD","adjustedForSplits":true,
             "closes":[{"date":"2024-01-02","close":"185.64","source":"stooq","splitAdjusted":true},
                       {"date":"2024-01-03","close":"184.25","source":"stooq","splitAdjusted":true}]}""";

    private final QuoteHistory history;
    private final Clock clock;

    QuoteHistoryController(QuoteHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Daily closes",
            description = "Closes ascending by date, one per day that has one, from 7 "
                    + "days before 'from' to 'to' (so a caller can carry the last close forward over holidays, at most 7 days). "
                    + "Closes are decimal strings in the symbol's currency. Each close's splitAdjusted says whether it is "
                    + "in today's share units (Stooq's and CoinGecko's downloads) or per unit of its own day (false: Alpha "
                    + "Vantage's raw daily series, closes recorded from a quote refresh, manual prices), which a caller "
                    + "scales by the splits after that day; adjustedForSplits is true when every close in the answer is. "
                    + "The tenant's manual prices are closes (source 'manual') for it alone and win on their day. "
                    + "A failing provider leaves what is stored; with nothing stored it is 503 upstream_unavailable; an "
                    + "unknown symbol is 404 not_found. At most " + MAX_YEARS + " years per request (400 naming 'to'): "
                    + "ask longer spans in chunks.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The closes",
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(name = "stooq", value = EXAMPLE))))
    HistoryView closes(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @Parameter(example = "AAPL.US") @PathVariable String symbol,
            @RequestParam(defaultValue = "STOCK") AssetType assetType,
            @Parameter(description = "First day (default: 'to' minus 30 days)", example = "2024-01-01")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Last day (default: today)", example = "2024-12-31")
                    @RequestParam(required = false)
                    String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today : day("to", to, today);
        LocalDate first = from == null ? max(last.minusDays(DEFAULT_DAYS), EARLIEST) : day("from", from, today);
        if (first.isAfter(last)) {
            throw new ValidationException("from", "must not be after to");
        }
        if (first.plusYears(MAX_YEARS).isBefore(last)) {
            throw new ValidationException(
                    "to",
                    "must be at most " + MAX_YEARS + " years after from (" + first
                            + "): ask a longer span in chunks of at most " + MAX_YEARS + " years");
        }
        String checked = QuoteController.checked(symbol);
        return HistoryView.of(
                QuoteController.answered(() -> history.closes(caller.tenantId(), checked, assetType, first, last)));
    }

    private static LocalDate day(String field, String value, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeException bad) {
            throw new ValidationException(field, "must be a date like 2024-12-31");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(today.plusDays(1))) {
            throw new ValidationException(field, "must be between 1900-01-01 and tomorrow");
        }
        return day;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    record HistoryView(
            String symbol, AssetType assetType, String currency, boolean adjustedForSplits, List<CloseView> closes) {
        static HistoryView of(QuoteHistory.History history) {
            return new HistoryView(
                    history.symbol(),
                    history.assetType(),
                    history.currency(),
                    history.adjustedForSplits(),
                    history.closes().stream()
                            .map(close -> new CloseView(
                                    close.date(), close.close().toPlainString(), close.source(), close.splitAdjusted()))
                            .toList());
        }
    }

    /**
     * @param splitAdjusted true when the close is per today's share unit, false when it is per unit of its own
     *                      day (scale it by the splits after that day)
     */
    record CloseView(LocalDate date, String close, String source, boolean splitAdjusted) {}
}
