package dev.finsuite.market.rate;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import dev.finsuite.market.currency.Currencies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exchange-rates")
class RateController {

    private final Rates rates;
    private final Currencies currencies;
    private final TenantRates tenantRates;
    private final Clock clock;

    RateController(Rates rates, Currencies currencies, TenantRates tenantRates, Clock clock) {
        this.rates = rates;
        this.currencies = currencies;
        this.tenantRates = tenantRates;
        this.clock = clock;
    }

    /** Today's (or the latest) rate from {@code base} to each symbol; a symbol with no rate is left out. */
    @GetMapping("/latest")
    LatestView latest(
            @RequestParam String base,
            @RequestParam String symbols,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        String from = currencies
                .requireKnown("base", RequestValues.code("base", base))
                .getCode();
        List<String> targets = Arrays.stream(symbols.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        if (targets.isEmpty() || targets.size() > 200) {
            throw new ValidationException("symbols", "must list 1 to 200 currency codes, comma-separated");
        }
        LocalDate day = RequestValues.notInFuture("date", date, clock);
        Map<String, RateView> found = new LinkedHashMap<>();
        for (String symbol : targets) {
            String to = currencies
                    .requireKnown("symbols", RequestValues.code("symbols", symbol))
                    .getCode();
            rates.find(from, to, day).ifPresent(rate -> found.put(to, RateView.of(rate)));
        }
        return new LatestView(from, found);
    }

    @GetMapping
    PageResponse<RateView> history(
            @RequestParam String base,
            @RequestParam String quote,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        String b = currencies
                .requireKnown("base", RequestValues.code("base", base))
                .getCode();
        String q = currencies
                .requireKnown("quote", RequestValues.code("quote", quote))
                .getCode();
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from");
        }
        var pageable = Paging.pageable(page, size, null, Map.of(), Sort.unsorted());
        List<RateView> items =
                rates.history(b, q, from, to, (int) pageable.getOffset(), pageable.getPageSize()).stream()
                        .map(RateView::of)
                        .toList();
        long total = rates.historyLength(b, q, from, to);
        return new PageResponse<>(items, pageable.getPageNumber(), pageable.getPageSize(), total, (int)
                ((total + pageable.getPageSize() - 1) / pageable.getPageSize()));
    }

    /** A tenant's own rate for a pair and a date (ADMIN+). */
    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TenantRateView> record(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewTenantRate request) {
        String base = currencies
                .requireActive("base", RequestValues.code("base", request.base()))
                .getCode();
        String quote = currencies
                .requireActive("quote", RequestValues.code("quote", request.quote()))
                .getCode();
        if (base.equals(quote)) {
            throw new ValidationException("quote", "must differ from base");
        }
        LocalDate day = RequestValues.notInFuture("rateDate", request.rateDate(), clock);
        TenantRate saved = tenantRates.record(caller.tenantId(), base, quote, request.rate(), day);
        return ETags.created(
                "/api/v1/exchange-rates/custom/" + saved.getId(), saved.getVersion(), TenantRateView.of(saved));
    }

    @GetMapping("/custom")
    PageResponse<TenantRateView> custom(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var pageable = Paging.pageable(page, size, null, Map.of(), Sort.by(Sort.Direction.DESC, "rateDate"));
        return PageResponse.of(tenantRates.list(caller.tenantId(), pageable), TenantRateView::of);
    }

    @GetMapping("/custom/{id}")
    ResponseEntity<TenantRateView> customRate(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        TenantRate rate = tenantRates.get(caller.tenantId(), id);
        return ETags.ok(rate.getVersion(), TenantRateView.of(rate));
    }

    @DeleteMapping("/custom/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> forget(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        tenantRates.forget(caller.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    record NewTenantRate(
            @NotNull @Size(max = 8) String base,
            @NotNull @Size(max = 8) String quote,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 20, fraction = 18)
            BigDecimal rate,

            LocalDate rateDate) {}

    record LatestView(String base, Map<String, RateView> rates) {}

    record RateView(String base, String quote, BigDecimal rate, LocalDate rateDate, String source) {
        static RateView of(Rates.Rate rate) {
            return new RateView(rate.from(), rate.to(), rate.value(), rate.date(), rate.source());
        }
    }

    record TenantRateView(
            UUID id, String base, String quote, BigDecimal rate, LocalDate rateDate, String source, long version) {
        static TenantRateView of(TenantRate rate) {
            return new TenantRateView(
                    rate.getId(),
                    rate.getBase(),
                    rate.getQuote(),
                    rate.getRate(),
                    rate.getRateDate(),
                    "TENANT",
                    rate.getVersion());
        }
    }
}
