package dev.finsuite.market.rate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * How the rate imports fare, per provider (ecb, oxr: a fixed set):
 * <ul>
 * <li>{@code finsuite_exchange_rates_imports_total{provider, outcome}}: each import tried, success or failure;</li>
 * <li>{@code finsuite_exchange_rates_last_import_timestamp_seconds{provider}}: when this replica last imported
 * successfully (0 until it has: imports run on one replica at a time, so take the max over replicas);</li>
 * <li>{@code finsuite_exchange_rates_latest_date_timestamp_seconds{provider}}: the newest rate date stored, the same
 * on every replica (read from PostgreSQL at most once a minute); what "stale" is measured by.</li>
 * </ul>
 */
@Component
class RateImportMetrics {

    private static final Logger log = LoggerFactory.getLogger(RateImportMetrics.class);
    static final Map<String, String> SOURCES = Map.of("ecb", EcbXml.SOURCE, "oxr", OxrJson.SOURCE);
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final MeterRegistry meters;
    private final RateStore store;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    private final Map<String, LatestDate> latestDates = new ConcurrentHashMap<>();

    RateImportMetrics(MeterRegistry meters, RateStore store) {
        this.meters = meters;
        this.store = store;
        for (String provider : SOURCES.keySet()) {
            outcome(provider, "success");
            outcome(provider, "failure");
            AtomicLong last = lastSuccess.computeIfAbsent(provider, key -> new AtomicLong());
            Gauge.builder("finsuite.exchange.rates.last.import.timestamp", last, AtomicLong::get)
                    .description("When this replica last imported rates successfully (epoch seconds; 0: not yet)")
                    .baseUnit("seconds")
                    .tag("provider", provider)
                    .register(meters);
            Gauge.builder(
                            "finsuite.exchange.rates.latest.date.timestamp",
                            this,
                            metrics -> metrics.latestDate(provider))
                    .description("The newest stored rate date of the provider, as epoch seconds at 00:00 UTC (0: none)")
                    .baseUnit("seconds")
                    .tag("provider", provider)
                    .register(meters);
        }
    }

    void succeeded(String provider) {
        outcome(provider, "success").increment();
        lastSuccess.get(provider).set(clock.instant().getEpochSecond());
    }

    void failed(String provider) {
        outcome(provider, "failure").increment();
    }

    private Counter outcome(String provider, String outcome) {
        return Counter.builder("finsuite.exchange.rates.imports")
                .description("Exchange-rate imports tried")
                .tag("provider", provider)
                .tag("outcome", outcome)
                .register(meters);
    }

    private long latestDate(String provider) {
        LatestDate known = latestDates.get(provider);
        Instant now = clock.instant();
        if (known == null || known.readAt().plus(FRESH_FOR).isBefore(now)) {
            try {
                long seconds = store.latestDate(SOURCES.get(provider))
                        .map(date -> date.atStartOfDay().toEpochSecond(ZoneOffset.UTC))
                        .orElse(0L);
                known = new LatestDate(seconds, now);
                latestDates.put(provider, known);
            } catch (DataAccessException failed) {
                log.warn("Could not read the latest {} rate date for the metrics: {}", provider, failed.toString());
                return known == null ? 0 : known.epochSeconds();
            }
        }
        return known.epochSeconds();
    }

    private record LatestDate(long epochSeconds, Instant readAt) {}
}
