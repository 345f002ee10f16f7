package dev.finsuite.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The robustness probe: every operation in every service's OpenAPI document, called with malformed values,
 * encodings, types, sizes and media types, without or with lesser credentials, and with another tenant's token
 * on the attacked tenant's ids. An endpoint added to a service is probed as soon as its document lists it.
 * All failures are collected and reported together, each with the service, method, path, variant, status and
 * the start of the body.
 * <p>
 * The time bound ({@code -Dprobe.bound=5s} by default): every probed request is refused at the edge or served
 * from a tenant holding one row of each kind, so a healthy service answers in milliseconds; the slowest legitimate
 * wait inside the suite is a call to market-service, cut at 3 s. 5 s leaves room for a busy 2-core machine running
 * six services at once, while a request that hangs on a lock, a regex or a huge number is still caught.
 */
class RobustnessProbeTests {

    private static final Duration BOUND =
            Duration.parse("PT" + System.getProperty("probe.bound", "5s").toUpperCase());
    /** Requests in flight at once: enough to find races and overlap waits, few enough for a 2-core machine. */
    private static final int CONCURRENCY = 4;
    /** At most this many failures are printed in full; all are counted. */
    private static final int REPORTED = 200;

    /** One attempt's response and the rules it broke. */
    private record Outcome(Attempts.Attempt attempt, RawHttp.Response response, List<String> broken) {}

    @Test
    void noOperationOfAnyServiceAnswersBadInputWithA5xxANonProblemASlowAnswerOrAnotherTenantsData() throws Exception {
        Map<String, String> urls = Suite.urls();
        Tenant attacked = Tenant.register(urls.get("auth-service"), "A");
        Tenant attacker = Tenant.register(urls.get("auth-service"), "B");
        Seed seed = Seed.plant(urls, attacked);

        List<Attempts.Attempt> attempts = new ArrayList<>();
        Map<String, Integer> operationsPerService = new TreeMap<>();
        for (String service : Suite.SERVICES) {
            RawHttp.Response document = RawHttp.send(RawHttp.Request.of("GET", urls.get(service), "/v3/api-docs"));
            assertThat(document.status())
                    .as(service + " serves its OpenAPI document: " + document.excerpt())
                    .isEqualTo(200);
            List<Operation> operations = Operation.parse(service, document.json());
            operationsPerService.put(service, operations.size());
            ValidValues valid = new ValidValues(service, urls, attacked, seed);
            for (Operation operation : operations) {
                attempts.addAll(Attempts.of(operation, valid, urls.get(service), attacked, attacker));
            }
        }
        assertThat(operationsPerService)
                .as("operations found per service")
                .hasSize(Suite.SERVICES.size())
                .allSatisfy((service, count) -> assertThat(count).as(service).isPositive());
        // Deletions last: a malformed one that the service wrongly obeys must not starve the other attempts of ids.
        attempts.sort(
                Comparator.comparing(attempt -> attempt.operation().method().equals("DELETE")));

        Verdict verdict = new Verdict(BOUND, attacked, seed.ids());
        long started = System.nanoTime();
        List<Outcome> outcomes = sendAll(attempts, verdict);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        long slowest = 0;
        for (Outcome outcome : outcomes) {
            statuses.computeIfAbsent(outcome.attempt().operation().service(), service -> new TreeMap<>())
                    .merge(outcome.response().status() / 100 * 100, 1, Integer::sum);
            slowest = Math.max(slowest, outcome.response().elapsed().toMillis());
            for (String broken : outcome.broken()) {
                failures.add(
                        outcome.attempt().operation() + " [" + outcome.attempt().variant() + "] → "
                                + outcome.response().status() + ": " + broken + " | "
                                + outcome.response().excerpt());
            }
        }
        long foreignIds = attempts.stream()
                .filter(attempt -> attempt.expect() == Attempts.Expect.FOREIGN_ID)
                .count();
        System.out.printf(
                "Robustness probe: %d requests over %s operations in %d s (slowest %d ms); statuses by "
                        + "class %s; %d operations called with another tenant's token on this tenant's ids; seed problems: "
                        + "%s%n",
                attempts.size(),
                operationsPerService,
                took.toSeconds(),
                slowest,
                statuses,
                foreignIds,
                seed.problems());

        List<String> sorted = failures.stream().sorted().toList();
        assertThat(sorted.size())
                .as(() -> sorted.size() + " of " + attempts.size() + " probed requests failed:\n"
                        + String.join("\n", sorted.subList(0, Math.min(REPORTED, sorted.size())))
                        + (sorted.size() > REPORTED ? "\n… and " + (sorted.size() - REPORTED) + " more" : "")
                        + Suite.logTails(40))
                .isZero();
    }

    /**
     * Sends every attempt, {@link #CONCURRENCY} at a time. An answer slower than the bound is timed again alone
     * once the rest are done, and counts as slow only if it is slow again: a busy machine's pause is not the
     * service's fault, a request that is slow by itself is.
     */
    private static List<Outcome> sendAll(List<Attempts.Attempt> attempts, Verdict verdict) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<Outcome>> sent = new ArrayList<>();
            for (Attempts.Attempt attempt : attempts) {
                sent.add(pool.submit(() -> {
                    RawHttp.Response response = RawHttp.send(attempt.request());
                    return new Outcome(attempt, response, verdict.judge(attempt, response));
                }));
            }
            for (Future<Outcome> future : sent) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Outcome> settled = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.broken().stream().noneMatch(Verdict::isSlow)) {
                settled.add(outcome);
                continue;
            }
            RawHttp.Response again = RawHttp.send(outcome.attempt().request());
            List<String> broken = new ArrayList<>(outcome.broken().stream()
                    .filter(rule -> !Verdict.isSlow(rule))
                    .toList());
            verdict.judge(outcome.attempt(), again).stream()
                    .filter(Verdict::isSlow)
                    .map(rule -> rule + ", and " + outcome.response().elapsed().toMillis() + " ms the first time")
                    .forEach(broken::add);
            settled.add(new Outcome(outcome.attempt(), outcome.response(), broken));
        }
        return settled;
    }
}
