package dev.finsuite.market.rate;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.market.currency.Currencies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConversionController {

    private final Rates rates;
    private final Currencies currencies;
    private final Clock clock;

    ConversionController(Rates rates, Currencies currencies, Clock clock) {
        this.rates = rates;
        this.currencies = currencies;
        this.clock = clock;
    }

    /** Only the converted amount is rounded, half-up to the target currency's minor units. */
    @GetMapping("/api/v1/conversions")
    ConversionView convert(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Currency source = currencies
                .requireKnown("from", RequestValues.code("from", from))
                .unit();
        Currency target =
                currencies.requireKnown("to", RequestValues.code("to", to)).unit();
        Money value = new Money(RequestValues.amount("amount", amount), source);
        LocalDate day = RequestValues.notInFuture("date", date, clock);
        Rates.Rate rate = rates.find(source.code(), target.code(), day)
                .orElseThrow(() -> new RateNotFound(source.code(), target.code(), day));
        return new ConversionView(
                source.code(),
                target.code(),
                value.amount(),
                rate.convert(value, target).shownAmount(),
                rate.value(),
                rate.date(),
                rate.source());
    }

    record ConversionView(
            String from,
            String to,
            BigDecimal amount,
            BigDecimal convertedAmount,
            BigDecimal rate,
            LocalDate rateDate,
            String source) {}
}
