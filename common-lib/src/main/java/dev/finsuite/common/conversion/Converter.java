package dev.finsuite.common.conversion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Turns an amount into the tenant's base currency at the amount's date, or says the conversion is pending. */
public class Converter {

    /** Rates are market-service's; an amount in the base currency itself needs none. */
    public static final String SAME_CURRENCY = "same-currency";
    /** numeric(19,4) holds amounts below 10^15; a conversion past that stays pending rather than failing the write. */
    private static final BigDecimal STORABLE = BigDecimal.TEN.pow(15);

    private final BaseCurrencies baseCurrencies;
    private final MarketRates market;
    private final Clock clock;

    public Converter(BaseCurrencies baseCurrencies, MarketRates market, Clock clock) {
        this.baseCurrencies = baseCurrencies;
        this.market = market;
        this.clock = clock;
    }

    public Conversion toBase(UUID tenantId, String currency, BigDecimal amount, LocalDate date) {
        return toBase(tenantId, baseCurrencies.of(tenantId), currency, amount, date);
    }

    /**
     * How many {@code to} one {@code from} was worth on {@code date} (today at the latest), if market-service
     * can say; for amounts already in a base currency that must be shown in another.
     */
    public Optional<BigDecimal> rate(UUID tenantId, String from, String to, LocalDate date) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        LocalDate today = LocalDate.now(clock);
        return market.convert(tenantId, from, to, BigDecimal.ONE, date.isAfter(today) ? today : date)
                .map(MarketRates.Converted::rate);
    }

    /**
     * A future-dated amount (a planned expense) is converted at today's rate, the latest there is; it is not
     * revisited when its day comes.
     */
    public Conversion toBase(UUID tenantId, String baseCurrency, String currency, BigDecimal amount, LocalDate date) {
        if (currency.equals(baseCurrency)) {
            return new Conversion(baseCurrency, amount, BigDecimal.ONE, date, SAME_CURRENCY);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate rateDay = date.isAfter(today) ? today : date;
        return market.convert(tenantId, currency, baseCurrency, amount, rateDay)
                .filter(converted -> baseCurrency.equals(converted.to()) && converted.convertedAmount() != null)
                .filter(converted -> converted.convertedAmount().abs().compareTo(STORABLE) < 0)
                .map(converted -> new Conversion(
                        baseCurrency,
                        converted.convertedAmount(),
                        converted.rate(),
                        converted.rateDate(),
                        converted.source()))
                .orElseGet(() -> Conversion.pending(baseCurrency));
    }
}
