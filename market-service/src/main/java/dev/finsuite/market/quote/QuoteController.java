package dev.finsuite.market.quote;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.RateLimitedException;
import dev.finsuite.common.web.ApiException.UpstreamUnavailableException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.market.currency.Currencies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quotes/{symbol}")
class QuoteController {

    private final Quotes quotes;
    private final Currencies currencies;
    private final Clock clock;

    QuoteController(Quotes quotes, Currencies currencies, Clock clock) {
        this.quotes = quotes;
        this.currencies = currencies;
        this.clock = clock;
    }

    @GetMapping
    QuoteView quote(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable String symbol,
            @RequestParam(defaultValue = "STOCK") AssetType assetType) {
        Quotes.Quote quote = answered(() -> quotes.quote(caller.tenantId(), checked(symbol), assetType));
        return QuoteView.of(quote.quote(), quote.stale());
    }

    /** The tenant's own price for the symbol (MEMBER+): it wins over any provider for this tenant. */
    @PutMapping("/manual-price")
    QuoteView setManual(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable String symbol,
            @Valid @RequestBody ManualPriceRequest request) {
        String currency =
                currencies.requireActive("currency", request.currency()).getCode();
        Instant asOf = request.asOf() == null ? clock.instant() : request.asOf();
        if (asOf.isAfter(clock.instant())) {
            throw new ValidationException("asOf", "must not be in the future");
        }
        return QuoteView.of(
                quotes.setManual(
                        caller.tenantId(), checked(symbol), request.assetType(), request.price(), currency, asOf),
                false);
    }

    @DeleteMapping("/manual-price")
    ResponseEntity<Void> removeManual(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable String symbol,
            @RequestParam(defaultValue = "STOCK") AssetType assetType) {
        quotes.removeManual(caller.tenantId(), checked(symbol), assetType);
        return ResponseEntity.noContent().build();
    }

    /** A price asked of the providers, with their outages answered as the problems clients know (503, 429). */
    static <T> T answered(Supplier<T> ask) {
        try {
            return ask.get();
        } catch (QuoteFailures.PriceUnavailable e) {
            throw new UpstreamUnavailableException(e.getMessage());
        } catch (QuoteFailures.ShareUsedUp e) {
            throw new RateLimitedException(e.getMessage(), e.retryAfterSeconds());
        }
    }

    static String checked(String symbol) {
        if (symbol == null || !symbol.matches("[A-Za-z0-9._^=-]{1,32}")) {
            throw new ValidationException("symbol", "must be 1 to 32 letters, digits or . _ ^ = -");
        }
        return symbol.toUpperCase(Locale.ROOT);
    }

    record ManualPriceRequest(
            @NotNull AssetType assetType,

            @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 18)
            BigDecimal price,

            @NotNull String currency,
            Instant asOf) {}

    record QuoteView(String symbol, BigDecimal price, String currency, Instant asOf, String source, boolean stale) {
        static QuoteView of(ProviderQuote quote, boolean stale) {
            return new QuoteView(quote.symbol(), quote.price(), quote.currency(), quote.asOf(), quote.source(), stale);
        }
    }
}
