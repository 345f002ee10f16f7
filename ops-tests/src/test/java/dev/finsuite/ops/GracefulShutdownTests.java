package dev.finsuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The last test class (junit-platform.properties): it stops finance-b for good.
 *
 * A finance-service replica stopped (SIGTERM, as Docker stops a container) while it serves slow writes behind
 * the gateway: it turns unready, finishes what it accepted within its grace period (20 s), exits, and the gateway
 * sends the rest to the other replica. Every write a client was told about is stored, once.
 */
@Order(3)
class GracefulShutdownTests {

    private static final int WORKERS = 16;

    private record Attempt(String key, String body, int status, String id, Instant sent) {}

    private record Probe(Instant at, int status) {}

    @Test
    void aReplicaStoppedUnderLoadFinishesWhatItAcceptedAndTheGatewayRoutesAroundIt() throws InterruptedException {
        Suite suite = Suite.get();
        String token = Http.register(suite.auth.url());
        ServiceProcess victim = suite.financeB;
        long servedBefore = servedCreates(victim);
        try (Gateway gateway = Gateway.start(Map.of(
                "auth_service",
                List.of(suite.auth.address()),
                "finance_service",
                List.of(suite.financeA.address(), victim.address())))) {
            String category = Http.<List<String>>json(
                            Http.get(gateway.url() + "/api/v1/categories?type=EXPENSE", token), "$.items[*].id")
                    .get(0);
            Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(WORKERS);
            for (int i = 0; i < WORKERS; i++) {
                load.submit(() -> {
                    while (running.get()) {
                        attempts.add(create(
                                gateway, token, category, UUID.randomUUID().toString()));
                        // At most 5 a second each, 80 in all: under the gateway's per-address 100/s, which would
                        // otherwise answer part of the load 429 on a machine fast enough to exceed it.
                        ServiceProcess.sleep(Duration.ofMillis(200));
                    }
                });
            }
            HorizontalScalingTests.await(
                    Duration.ofSeconds(60),
                    () -> servedCreates(victim) >= servedBefore + 5,
                    "the victim serving creates");

            Instant terminated = Instant.now();
            victim.terminate();
            List<Probe> probes = new ArrayList<>();
            HttpClient probeClient = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(500))
                    .build();
            while (victim.alive() && Instant.now().isBefore(terminated.plusSeconds(40))) {
                probes.add(new Probe(Instant.now(), victim.readiness(probeClient)));
                ServiceProcess.sleep(Duration.ofMillis(50));
            }
            boolean exited = victim.awaitExit(Duration.ofSeconds(5));
            Instant exitedAt = Instant.now();
            ServiceProcess.sleep(Duration.ofSeconds(3));
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            String log = String.join("\n", victim.logLines());
            assertThat(exited).as("exited").isTrue();
            // Accepted requests get 20 s, then a scheduled job already running (here: conversions through the slow
            // market) 20 s more; compose's stop_grace_period is 45 s.
            assertThat(Duration.between(terminated, exitedAt))
                    .as("time to exit")
                    .isLessThan(Duration.ofSeconds(45));
            assertThat(log).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
            assertThat(Duration.between(
                            logTime(log, "Commencing graceful shutdown"), logTime(log, "Graceful shutdown complete")))
                    .as("requests' grace")
                    .isLessThan(Duration.ofSeconds(20));
            String afterSigterm = log.substring(log.indexOf("Commencing graceful shutdown"));
            assertThat(afterSigterm)
                    .as("requests accepted before SIGTERM, finished after it")
                    .contains("POST /api/v1/expenses -> 201");
            assertThat(probes)
                    .as("readiness after SIGTERM")
                    .isNotEmpty()
                    .filteredOn(probe -> probe.at().isAfter(terminated.plusSeconds(1)))
                    .allSatisfy(probe -> assertThat(probe.status()).isNotEqualTo(200));

            List<Attempt> all = List.copyOf(attempts);
            List<Attempt> acknowledged =
                    all.stream().filter(a -> a.status() == 201).toList();
            String summary = all.size() + " attempts, " + acknowledged.size() + " acknowledged, statuses "
                    + all.stream()
                            .collect(java.util.stream.Collectors.groupingBy(
                                    Attempt::status, java.util.stream.Collectors.counting()));
            assertThat(acknowledged).as(summary).hasSizeGreaterThan(WORKERS);
            assertThat(all)
                    .as("after the replica is gone every write succeeds: " + summary)
                    .filteredOn(a -> a.sent().isAfter(exitedAt.plusSeconds(1)))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
            // Read back from the surviving replica itself: what is checked is the store, and a few hundred reads in a
            // burst through the gateway would meet its per-address limit (100/s, burst 500) instead.
            for (Attempt ack : acknowledged) {
                assertThat(Http.get(suite.financeA.url() + "/api/v1/expenses/" + ack.id(), token)
                                .statusCode())
                        .as("acknowledged " + ack.id())
                        .isEqualTo(200);
            }
            // A write that failed in the switch-over is safe to send again with its key: stored once in all.
            for (Attempt failed : all.stream().filter(a -> a.status() != 201).toList()) {
                HttpResponse<String> again = Http.post(
                        gateway.url() + "/api/v1/expenses", token, failed.body(), "Idempotency-Key", failed.key());
                assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            }
            HttpResponse<String> stored = Http.get(gateway.url() + "/api/v1/expenses?size=1", token);
            assertThat(Http.<Integer>json(stored, "$.totalItems")).as(summary).isEqualTo(all.size());
        }
    }

    /** One expense in EUR (the household's base is USD): on the victim, converting it takes 1.5 s. */
    private static Attempt create(Gateway gateway, String token, String category, String key) {
        String body = """
                {"amount":"3.50","currency":"EUR","date":"%s","categoryId":"%s","description":"load %s"}""".formatted(LocalDate.now(ZoneOffset.UTC), category, key);
        Instant sent = Instant.now();
        try {
            HttpResponse<String> response = Http.post(
                    gateway.url() + "/api/v1/expenses", token, body, "Idempotency-Key", key, "X-Request-Id", key);
            String id = response.statusCode() == 201 ? Http.json(response, "$.id") : null;
            return new Attempt(key, body, response.statusCode(), id, sent);
        } catch (RuntimeException e) {
            return new Attempt(key, body, -1, null, sent);
        }
    }

    /** When the first log line containing {@code text} was written (lines begin with an ISO instant). */
    private static Instant logTime(String log, String text) {
        String line = log.lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
        return Instant.parse(line.substring(0, line.indexOf(' ')));
    }

    private static long servedCreates(ServiceProcess replica) {
        return replica.logLines().stream()
                .filter(line -> line.contains("POST /api/v1/expenses -> 201"))
                .count();
    }
}
