package dev.finsuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two replicas each of finance-service and market-service behind the real nginx, sharing one PostgreSQL and
 * Redis: scheduled work happens once, and what one replica writes the other reads at once.
 */
@Order(2)
class HorizontalScalingTests {

    private static Suite suite;
    private static Gateway gateway;
    private static String token;

    @BeforeAll
    static void start() {
        suite = Suite.get();
        gateway = Gateway.start(suite.upstreams());
        token = Http.register(suite.auth.url());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void recurringOccurrencesAreCreatedExactlyOnceWhileBothReplicasRunTheJob() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusDays(150);
        String category = expenseCategory(token);
        HttpResponse<String> rule =
                Http.post(gateway.url() + "/api/v1/recurring-rules", token, """
                {"type":"EXPENSE","amount":"7.25","currency":"USD","categoryId":"%s","description":"ops daily",
                 "frequency":"DAILY","startDate":"%s"}""".formatted(category, start));
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);

        // 151 occurrences, more than one run creates for a rule (100): the backlog takes runs on both replicas.
        String list = gateway.url() + "/api/v1/expenses?size=200&from=" + start + "&to=" + today;
        await(
                Duration.ofMinutes(3),
                () -> Http.<Integer>json(Http.get(list, token), "$.totalItems") >= 151,
                "151 occurrences created");
        ServiceProcess.sleep(Duration.ofSeconds(8));

        HttpResponse<String> expenses = Http.get(list, token);
        assertThat(Http.<Integer>json(expenses, "$.totalItems")).isEqualTo(151);
        List<String> dates = Http.json(expenses, "$.items[*].date");
        assertThat(new HashSet<>(dates)).hasSize(151).contains(start.toString(), today.toString());
        for (ServiceProcess replica : List.of(suite.financeA, suite.financeB)) {
            assertThat(replica.logLines())
                    .as(replica.name + " ran the job under the lock (ShedLock)")
                    .anyMatch(line -> line.contains("'finance-due-work'"));
        }
    }

    @Test
    void eachScheduledRateImportIsMadeByOneReplicaOnly() {
        // Both replicas fire every 10 s; the lock is held at least 30 s by whichever takes it, so without it each
        // run would be both replicas', every 10 s.
        await(Duration.ofMinutes(2), () -> !suite.providers.fetches().isEmpty(), "a first ECB import");
        Instant first = suite.providers.fetches().get(0).at();
        await(Duration.ofMinutes(2), () -> Instant.now().isAfter(first.plusSeconds(65)), "65 s of imports");

        // Every run starts with the 90-day history (the fixture's rates are older than 4 days). Without the lock both
        // replicas would fetch it at every 10-second tick; with it, runs are about 30 s apart whoever makes them
        // (a run's fetch may lag its tick by seconds on a loaded machine, hence 15 s).
        List<ProviderFixtures.Fetch> runs = suite.providers.fetches().stream()
                .filter(fetch -> fetch.path().endsWith("/ecb/hist-90d.xml"))
                .toList();
        assertThat(runs).as("import runs").hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1).at(), runs.get(i).at()))
                    .as("time between runs " + runs)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(15));
        }
        for (ServiceProcess replica : List.of(suite.marketA, suite.marketB)) {
            assertThat(replica.logLines())
                    .as(replica.name + "'s scheduler fired too")
                    .anyMatch(line -> line.contains("'ecb-import'"));
        }
        HttpResponse<String> history = Http.get(
                gateway.url() + "/api/v1/exchange-rates?base=EUR&quote=USD&from=2025-01-01&to=2025-12-31&size=200",
                token);
        List<String> days = Http.json(history, "$.items[*].rateDate");
        assertThat(days).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void whatOneReplicaWritesTheOtherReadsAtOnceCachesIncluded() {
        String a = suite.financeA.url();
        String b = suite.financeB.url();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String name = "Ops " + UUID.randomUUID().toString().substring(0, 8);

        // Category lists are cached per tenant in Redis: warm B's, write on A, read on B.
        assertThat(Http.get(b + "/api/v1/categories?size=200", token).body()).doesNotContain(name);
        HttpResponse<String> created =
                Http.post(a + "/api/v1/categories", token, "{\"name\":\"" + name + "\",\"type\":\"EXPENSE\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.get(b + "/api/v1/categories?size=200", token).body()).contains(name);

        // Monthly summaries are cached too.
        String summary = "/api/v1/summaries/monthly?year=" + today.getYear() + "&month=" + today.getMonthValue();
        BigDecimal before = new BigDecimal(
                Http.<Object>json(Http.get(b + summary, token), "$.expenses").toString());
        HttpResponse<String> expense =
                Http.post(a + "/api/v1/expenses", token, """
                {"amount":"12.34","currency":"USD","date":"%s","categoryId":"%s","description":"fresh read"}""".formatted(today, Http.<String>json(created, "$.id")));
        assertThat(expense.statusCode()).as(expense.body()).isEqualTo(201);
        BigDecimal after = new BigDecimal(
                Http.<Object>json(Http.get(b + summary, token), "$.expenses").toString());
        assertThat(after.subtract(before)).isEqualByComparingTo("12.34");

        // The row itself, and its version for the next update, on the other replica.
        String id = Http.json(expense, "$.id");
        HttpResponse<String> read = Http.get(b + "/api/v1/expenses/" + id, token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag"))
                .isEqualTo(expense.headers().firstValue("ETag"));

        // market-service: a tenant's own rate recorded on A is listed by B at once.
        HttpResponse<String> rate =
                Http.post(suite.marketA.url() + "/api/v1/exchange-rates", token, """
                {"base":"USD","quote":"INR","rate":"83.5","rateDate":"%s"}""".formatted(today));
        assertThat(rate.statusCode()).as(rate.body()).isEqualTo(201);
        HttpResponse<String> custom = Http.get(suite.marketB.url() + "/api/v1/exchange-rates/custom", token);
        assertThat(custom.body()).contains(Http.<String>json(rate, "$.id"));
    }

    private static String expenseCategory(String token) {
        HttpResponse<String> categories = Http.get(gateway.url() + "/api/v1/categories?type=EXPENSE&size=200", token);
        assertThat(categories.statusCode()).as(categories.body()).isEqualTo(200);
        return Http.<List<String>>json(categories, "$.items[*].id").get(0);
    }

    static void await(Duration within, Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (condition.get()) {
                return;
            }
            ServiceProcess.sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("Not within " + within + ": " + what + suite.tails());
    }
}
