package dev.finsuite.finance.entry;

import dev.finsuite.common.metrics.AfterCommit;
import dev.finsuite.finance.support.Kind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts expenses and income as they are committed ({@code finsuite_finance_entries_recorded_total}), by kind and by
 * origin: a user's call or a recurring rule's occurrence. Both tags have a fixed set of values; never a tenant.
 */
@Component
class RecordedEntries {

    private final Map<Kind, Counter> byUsers = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> byRules = new EnumMap<>(Kind.class);

    RecordedEntries(MeterRegistry meters) {
        for (Kind kind : Kind.values()) {
            byUsers.put(kind, counter(meters, kind, "api"));
            byRules.put(kind, counter(meters, kind, "recurring"));
        }
    }

    private static Counter counter(MeterRegistry meters, Kind kind, String origin) {
        return Counter.builder("finsuite.finance.entries.recorded")
                .description("Expenses and income recorded (committed)")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .tag("origin", origin)
                .register(meters);
    }

    void recordedByUser(Kind kind) {
        AfterCommit.run(byUsers.get(kind)::increment);
    }

    void recordedByRule(Kind kind) {
        AfterCommit.run(byRules.get(kind)::increment);
    }
}
