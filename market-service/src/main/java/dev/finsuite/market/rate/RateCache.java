package dev.finsuite.market.rate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Provider rates change once a day, and a conversion needs them on every call: they are kept in this
 * replica's memory for a few minutes and dropped whenever this replica imports new ones.
 */
@Component
class RateCache {

    private final Cache<Key, Optional<RateStore.RateDay>> days = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    Optional<RateStore.RateDay> day(
            String source,
            String base,
            Set<String> codes,
            LocalDate date,
            LocalDate earliest,
            Supplier<Optional<RateStore.RateDay>> load) {
        return days.get(new Key(source, base, codes, date, earliest), key -> load.get());
    }

    void clear() {
        days.invalidateAll();
    }

    private record Key(String source, String base, Set<String> codes, LocalDate date, LocalDate earliest) {}
}
