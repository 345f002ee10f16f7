package dev.finsuite.investment.watchlist;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Counts price alerts fired ({@code finsuite_price_alerts_fired_total}) by condition, a fixed set; never by tenant. */
@Component
class FiredAlerts {

    private final Map<AlertCondition, Counter> byCondition = new EnumMap<>(AlertCondition.class);

    FiredAlerts(MeterRegistry meters) {
        for (AlertCondition condition : AlertCondition.values()) {
            byCondition.put(
                    condition,
                    Counter.builder("finsuite.price.alerts.fired")
                            .description("Price alerts fired (each alert once until re-armed)")
                            .tag("condition", condition.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    void fired(AlertCondition condition) {
        byCondition.get(condition).increment();
    }
}
