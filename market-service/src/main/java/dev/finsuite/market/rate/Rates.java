package dev.finsuite.market.rate;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.config.TenantFlags;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Finds the rate between any two currencies on a date: the tenant's own rate, the ECB's (every pair derived
 * through EUR) or Open Exchange Rates' (through USD), whichever is from the latest day on or before the
 * date, the tenant's winning a tie. It looks back at most {@code market.rates.max-staleness}, then gives up.
 */
@Service
public class Rates {

    /** Division keeps 34 significant digits; a rate is shown with 16, well past the 10 a conversion needs. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final MathContext SHOWN = new MathContext(16, RoundingMode.HALF_UP);
    private static final String TENANT_SOURCE = "TENANT";

    private final RateStore store;
    private final RateCache cache;
    private final TenantRateRepository tenantRates;
    private final MarketProperties properties;
    private final TenantFlags tenantsWithOwnRates;

    Rates(RateStore store, RateCache cache, TenantRateRepository tenantRates, MarketProperties properties) {
        this.store = store;
        this.cache = cache;
        this.tenantRates = tenantRates;
        this.properties = properties;
        this.tenantsWithOwnRates = new TenantFlags(
                Duration.ofSeconds(3),
                tenant -> TenantContext.callAs(tenant, () -> tenantRates.existsByTenantId(tenant)));
    }

    /** A tenant recorded or removed a rate: ask the database again for it. */
    void tenantRatesChanged(UUID tenant) {
        tenantsWithOwnRates.forget(tenant);
    }

    /** How many {@code to} one {@code from} buys, as of a day. */
    public record Rate(
            String from, String to, BigDecimal fromPerBase, BigDecimal toPerBase, LocalDate date, String source) {

        public BigDecimal value() {
            return toPerBase.divide(fromPerBase, PRECISION).round(SHOWN).stripTrailingZeros();
        }

        /** {@code amount} in {@code target} at this rate, exact to 34 digits; the caller rounds where it shows it. */
        public Money convert(Money amount, Currency target) {
            return new Money(amount.amount().multiply(toPerBase).divide(fromPerBase, PRECISION), target);
        }
    }

    public Optional<Rate> find(String from, String to, LocalDate date) {
        if (from.equals(to)) {
            return Optional.of(new Rate(from, to, BigDecimal.ONE, BigDecimal.ONE, date, "IDENTITY"));
        }
        LocalDate earliest = date.minusDays(properties.rates().maxStaleness().toDays());
        List<Rate> candidates = new ArrayList<>();
        tenantRate(from, to, date, earliest).ifPresent(candidates::add);
        // The ECB is the reference; Open Exchange Rates only fills in pairs the ECB does not quote.
        viaBase(EcbXml.SOURCE, "EUR", from, to, date, earliest)
                .or(() -> viaBase(OxrJson.SOURCE, "USD", from, to, date, earliest))
                .ifPresent(candidates::add);
        return candidates.stream()
                .max(Comparator.comparing(Rate::date)
                        .thenComparing(rate -> rate.source().equals(TENANT_SOURCE)));
    }

    private Optional<Rate> viaBase(
            String source, String base, String from, String to, LocalDate date, LocalDate earliest) {
        Set<String> codes = new LinkedHashSet<>(List.of(from, to));
        codes.remove(base);
        Set<String> key = Set.copyOf(codes);
        return cache.day(
                        source,
                        base,
                        key,
                        date,
                        earliest,
                        () -> store.latestDayQuotingAll(source, base, key, date, earliest))
                .map(day -> new Rate(
                        from,
                        to,
                        from.equals(base) ? BigDecimal.ONE : day.rates().get(from),
                        to.equals(base) ? BigDecimal.ONE : day.rates().get(to),
                        day.date(),
                        source));
    }

    private Optional<Rate> tenantRate(String from, String to, LocalDate date, LocalDate earliest) {
        Optional<UUID> tenant = TenantContext.current();
        if (tenant.isEmpty() || !tenantsWithOwnRates.isSet(tenant.get())) {
            return Optional.empty();
        }
        Optional<Rate> direct = tenantRates
                .findFirstByTenantIdAndBaseAndQuoteAndRateDateBetweenOrderByRateDateDesc(
                        tenant.get(), from, to, earliest, date)
                .map(rate -> new Rate(from, to, BigDecimal.ONE, rate.getRate(), rate.getRateDate(), TENANT_SOURCE));
        Optional<Rate> inverse = tenantRates
                .findFirstByTenantIdAndBaseAndQuoteAndRateDateBetweenOrderByRateDateDesc(
                        tenant.get(), to, from, earliest, date)
                .map(rate -> new Rate(from, to, rate.getRate(), BigDecimal.ONE, rate.getRateDate(), TENANT_SOURCE));
        return direct.isEmpty()
                ? inverse
                : inverse.filter(i -> i.date().isAfter(direct.get().date())).or(() -> direct);
    }

    /** The providers, in order of preference, and the currency each quotes everything against. */
    private record Source(String name, String base) {}

    private static final List<Source> SOURCES =
            List.of(new Source(EcbXml.SOURCE, "EUR"), new Source(OxrJson.SOURCE, "USD"));

    /** Every day in range the ECB (else OXR) quoted the pair, newest first. */
    List<Rate> history(String base, String quote, LocalDate from, LocalDate to, int offset, int limit) {
        return historySource(base, quote, from, to)
                .map(source -> store
                        .daysQuotingAll(
                                source.name(), source.base(), codes(base, quote, source), from, to, offset, limit)
                        .stream()
                        .map(day -> new Rate(
                                base,
                                quote,
                                perBase(base, source, day),
                                perBase(quote, source, day),
                                day.date(),
                                source.name()))
                        .toList())
                .orElse(List.of());
    }

    long historyLength(String base, String quote, LocalDate from, LocalDate to) {
        return historySource(base, quote, from, to)
                .map(source ->
                        store.countDaysQuotingAll(source.name(), source.base(), codes(base, quote, source), from, to))
                .orElse(0L);
    }

    private Optional<Source> historySource(String base, String quote, LocalDate from, LocalDate to) {
        return SOURCES.stream()
                .filter(source ->
                        store.countDaysQuotingAll(source.name(), source.base(), codes(base, quote, source), from, to)
                                > 0)
                .findFirst();
    }

    private static Set<String> codes(String base, String quote, Source source) {
        Set<String> codes = new LinkedHashSet<>(List.of(base, quote));
        codes.remove(source.base());
        return codes;
    }

    private static BigDecimal perBase(String code, Source source, RateStore.RateDay day) {
        return code.equals(source.base()) ? BigDecimal.ONE : day.rates().get(code);
    }
}
