package dev.finsuite.market.rate;

import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.config.ProviderHttp;
import dev.finsuite.market.config.ProviderJson;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings provider rates in. On first start with no ECB rates it imports the 90-day history, then the daily
 * file after each publication; Open Exchange Rates fills in the currencies the ECB does not quote. A
 * provider that fails, times out or sends garbage is logged, counted and skipped: what is stored is only
 * ever added to, never replaced or wiped. Each job runs on one replica at a time (ShedLock).
 */
@Component
public class RateImports {

    private static final Logger log = LoggerFactory.getLogger(RateImports.class);

    private final RateStore store;
    private final ProviderHttp http;
    private final MarketProperties properties;
    private final CircuitBreakerRegistry breakers;
    private final MeterRegistry meters;
    private final RateCache cache;
    private final LockingTaskExecutor locks;
    private final RateImportMetrics importMetrics;
    private final Clock clock;

    RateImports(
            RateStore store,
            ProviderHttp http,
            MarketProperties properties,
            CircuitBreakerRegistry breakers,
            MeterRegistry meters,
            RateCache cache,
            LockProvider lockProvider,
            RateImportMetrics importMetrics,
            Clock clock) {
        this.importMetrics = importMetrics;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.store = store;
        this.http = http;
        this.properties = properties;
        this.breakers = breakers;
        this.meters = meters;
        this.cache = cache;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importOnStart() {
        if (properties.ecb().importOnStart()) {
            Thread initial = new Thread(this::initialImport, "initial-rate-import");
            initial.setDaemon(true);
            initial.start();
        }
    }

    /** Under the same locks as the scheduled jobs: replicas starting together import once. */
    public void initialImport() {
        locks.executeWithLock((Runnable) this::importEcb, lock("ecb-import"));
        locks.executeWithLock((Runnable) this::importOxr, lock("oxr-import"));
    }

    /** ShedLock measures both durations from the lock's creation, which is the application's time. */
    private LockConfiguration lock(String name) {
        return new LockConfiguration(clock.instant(), name, Duration.ofMinutes(10), Duration.ofSeconds(30));
    }

    @Scheduled(cron = "${market.ecb.cron}", zone = "Europe/Berlin")
    @SchedulerLock(name = "ecb-import", lockAtMostFor = "10m", lockAtLeastFor = "30s")
    public void scheduledEcb() {
        importEcb();
    }

    @Scheduled(cron = "${market.oxr.cron}", zone = "UTC")
    @SchedulerLock(name = "oxr-import", lockAtMostFor = "10m", lockAtLeastFor = "30s")
    public void scheduledOxr() {
        importOxr();
    }

    /**
     * First start: the 90-day history. Back after days away: the history too (it fills the gap), then the daily
     * file. Otherwise: the daily file. Returns the rates added.
     */
    public int importEcb() {
        Optional<LocalDate> latest = store.latestDate(EcbXml.SOURCE);
        if (latest.isEmpty()) {
            return importEcbFrom(properties.ecb().historyUrl());
        }
        int added = 0;
        if (latest.get()
                .isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(4))) {
            added += importEcbFrom(properties.ecb().historyUrl());
        }
        return added + importEcbFrom(properties.ecb().dailyUrl());
    }

    private int importEcbFrom(String url) {
        return fetchAndStore("ecb", () -> {
            byte[] body = http.client(url).get().retrieve().body(byte[].class);
            return EcbXml.parse(new ByteArrayInputStream(body == null ? new byte[0] : body));
        });
    }

    public int importOxr() {
        if (!properties.oxr().enabled()) {
            return 0;
        }
        return fetchAndStore(
                "oxr",
                () -> OxrJson.parse(ProviderJson.read(http.client(
                                properties.oxr().url())
                        .get()
                        .uri(uri -> uri.queryParam("app_id", properties.oxr().appId())
                                .build())
                        .retrieve()
                        .body(String.class))));
    }

    /** Forgets cached rates on this replica (after an operator's manual change to stored rates). */
    public void clearCache() {
        cache.clear();
    }

    private int fetchAndStore(String provider, Supplier<List<PublishedRate>> fetch) {
        CircuitBreaker breaker = breakers.circuitBreaker(provider);
        try {
            List<PublishedRate> rates = breaker.executeSupplier(fetch);
            int added = store.addAll(rates);
            cache.clear();
            log.info("Imported {} new rates from {} ({} received)", added, provider, rates.size());
            meters.counter("market.rates.imported", "provider", provider).increment(added);
            importMetrics.succeeded(provider);
            return added;
        } catch (RuntimeException e) {
            log.warn("Rate provider {} failed and was skipped; stored rates are unchanged: {}", provider, e.toString());
            meters.counter(
                            "market.provider.failures",
                            "provider",
                            provider,
                            "reason",
                            e.getClass().getSimpleName())
                    .increment();
            importMetrics.failed(provider);
            return 0;
        }
    }
}
