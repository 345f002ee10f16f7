package dev.finsuite.investment.portfolio;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.investment.market.MarketCalls;
import dev.finsuite.investment.market.MarketQuotes;
import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Asks market-service about many assets at once (quotes, daily closes), eight at a time, each as the caller and for
 * the caller's tenant (row-level security applies on the worker threads too): a portfolio of two hundred assets
 * waits for the slowest answers, not for two hundred answers in a row.
 */
@Component
class MarketAskers {

    private final MarketQuotes quotes;
    private final ExecutorService askers = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "market-asker");
        thread.setDaemon(true);
        return thread;
    });

    MarketAskers(MarketQuotes quotes) {
        this.quotes = quotes;
    }

    <K, V> Map<K, V> each(Collection<K> keys, Function<K, V> ask) {
        MarketCalls.Caller caller = quotes.currentCaller();
        Optional<UUID> tenant = TenantContext.current();
        Map<K, CompletableFuture<V>> asked = new LinkedHashMap<>();
        for (K key : keys) {
            Supplier<V> asking = () -> caller.call(() -> ask.apply(key));
            asked.put(
                    key,
                    CompletableFuture.supplyAsync(
                            () -> tenant.map(id -> TenantContext.callAs(id, asking))
                                    .orElseGet(asking),
                            askers));
        }
        Map<K, V> answers = new LinkedHashMap<>();
        asked.forEach((key, answer) -> answers.put(key, answer.join()));
        return answers;
    }

    @PreDestroy
    void stop() {
        askers.shutdownNow();
    }
}
