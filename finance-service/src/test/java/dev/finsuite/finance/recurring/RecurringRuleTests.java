package dev.finsuite.finance.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import dev.finsuite.finance.jobs.FinanceJobs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RecurringRuleTests extends FinanceTest {

    @Autowired
    FinanceJobs jobs;

    UUID tenant;
    String token;

    @BeforeEach
    void newHousehold() throws Exception {
        tenant = newTenant("INR");
        token = member(tenant);
        MARKET.up();
    }

    @Test
    void afterAnOutageTheJobCatchesUpEveryMissedOccurrenceExactlyOnce() throws Exception {
        String rule = create(token, "/api/v1/recurring-rules", rent("2026-01-31", 31));
        assertThat(occurrences(rule)).as("nothing before the job runs").isEmpty();

        jobs.runFor(LocalDate.of(2026, 6, 15));
        assertThat(occurrences(rule))
                .containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31");
        jobs.runFor(LocalDate.of(2026, 6, 15));
        assertThat(occurrences(rule)).as("a second run adds nothing").hasSize(5);

        jobs.runFor(LocalDate.of(2026, 7, 31));
        assertThat(occurrences(rule)).hasSize(7).endsWith("2026-06-30", "2026-07-31");

        String occurrence = api().get("/api/v1/expenses?size=1&sort=date,asc")
                .token(token)
                .send()
                .field("/items/0/id");
        String other = create(token, "/api/v1/recurring-rules", rent("2027-01-31", 31));
        Api.Reply moved = api().patch("/api/v1/expenses/" + occurrence, Map.of("recurringRuleId", other))
                .token(token)
                .send();
        assertThat(moved.status())
                .as("an occurrence stays with the rule that created it")
                .isEqualTo(400);
        Api.Reply stored =
                api().get("/api/v1/recurring-rules/" + rule).token(token).send();
        assertThat(stored.field("/nextDate")).isEqualTo("2026-08-31");

        Api.Reply expenses = api().get("/api/v1/expenses?sort=date,asc&size=200")
                .token(token)
                .send();
        assertThat(expenses.field("/items/0/amount")).isEqualTo("25000.00");
        assertThat(expenses.field("/items/0/recurringRuleId")).isEqualTo(rule);
        assertThat(expenses.field("/items/0/payee")).isEqualTo("Landlord");
        assertThat(expenses.field("/items/0/conversion/status")).isEqualTo("CONVERTED");
    }

    @Test
    void concurrentRunsOnSeveralReplicasNeverDuplicateAnOccurrence() throws Exception {
        String rule = create(
                token,
                "/api/v1/recurring-rules",
                Map.of(
                        "type",
                        "EXPENSE",
                        "amount",
                        "50",
                        "currency",
                        "INR",
                        "categoryId",
                        GROCERIES,
                        "frequency",
                        "DAILY",
                        "startDate",
                        "2026-01-01"));
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Callable<FinanceJobs.Work>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> jobs.runFor(LocalDate.of(2026, 3, 1)));
            }
            for (Future<FinanceJobs.Work> run : replicas.invokeAll(runs)) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        assertThat(count("select count(*) from finance_entries where recurring_rule_id = '" + rule + "'"))
                .as("1 January to 1 March 2026")
                .isEqualTo(60);
        assertThat(count("select count(distinct occurrence_date) from finance_entries where recurring_rule_id = '"
                        + rule + "'"))
                .isEqualTo(60);
    }

    @Test
    void aRuleEndsByCountOrDateAndOtherCurrenciesAreConvertedInTheSameRun() throws Exception {
        Map<String, Object> body = new HashMap<>(rent("2026-01-15", null));
        body.put("currency", "USD");
        body.put("amount", "100");
        body.put("count", 3);
        String rule = create(token, "/api/v1/recurring-rules", body);
        jobs.runFor(LocalDate.of(2026, 12, 31));
        assertThat(occurrences(rule)).containsExactly("2026-01-15", "2026-02-15", "2026-03-15");
        assertThat(api().get("/api/v1/recurring-rules/" + rule)
                        .token(token)
                        .send()
                        .json()
                        .has("nextDate"))
                .isFalse();
        assertThat(count("select count(*) from finance_entries where recurring_rule_id = '" + rule
                        + "' and base_amount = 8325"))
                .isEqualTo(3);

        Map<String, Object> ended = new HashMap<>(rent("2026-01-01", null));
        ended.put("endDate", "2026-02-15");
        String endedRule = create(token, "/api/v1/recurring-rules", ended);
        jobs.runFor(LocalDate.of(2026, 12, 31));
        assertThat(occurrences(endedRule)).containsExactly("2026-01-01", "2026-02-01");
    }

    @Test
    void previewsDatesAcrossMonthEndsAndLeapYears() {
        String rule = create(token, "/api/v1/recurring-rules", rent("2027-12-31", 31));
        Api.Reply preview = api().get("/api/v1/recurring-rules/" + rule + "/occurrences?from=2028-01-01&to=2028-04-30")
                .token(token)
                .send();
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("dates").toString())
                .isEqualTo("[\"2028-01-31\",\"2028-02-29\",\"2028-03-31\",\"2028-04-30\"]");
        assertThat(api().get("/api/v1/recurring-rules/" + rule + "/occurrences?from=2028-05-01&to=2028-01-01")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        for (String range : new String[] {
            "from=1800-01-01&to=1801-01-01",
            "from=9995-01-01&to=10001-01-01",
            "from=%2B999999000-01-01&to=%2B999999001-01-01"
        }) {
            assertThat(api().get("/api/v1/recurring-rules/" + rule + "/occurrences?" + range)
                            .token(token)
                            .send()
                            .status())
                    .as(range)
                    .isEqualTo(400);
        }
    }

    @Test
    void pausingSkipsTheDatesItWasPausedForAndTheRhythmFreezesOnceUsed() throws Exception {
        // Resuming carries on from the service's today, so the test says which day that is.
        pinToday(LocalDate.of(2026, 6, 10));
        token = memberOnTestClock(tenant);
        String rule = create(token, "/api/v1/recurring-rules", rent("2026-01-01", null));
        jobs.runFor(LocalDate.of(2026, 2, 10));
        assertThat(occurrences(rule)).hasSize(2);

        Api.Reply rhythm = api().patch("/api/v1/recurring-rules/" + rule, Map.of("dayOfMonth", 5))
                .token(token)
                .send();
        assertThat(rhythm.status()).isEqualTo(409);
        Api.Reply template = api().patch("/api/v1/recurring-rules/" + rule, Map.of("amount", "26000", "active", false))
                .token(token)
                .send();
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        jobs.runFor(LocalDate.of(2026, 5, 10));
        assertThat(occurrences(rule)).as("paused").hasSize(2);

        // Resumed "today" (the service's clock, 2026-06-10): the months it was paused for are not back-filled.
        api().patch("/api/v1/recurring-rules/" + rule, Map.of("active", true))
                .token(token)
                .send();
        jobs.runFor(LocalDate.of(2026, 6, 10));
        assertThat(occurrences(rule)).hasSize(2);

        assertThat(api().delete("/api/v1/recurring-rules/" + rule)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant
                        + "' and recurring_rule_id is null and occurrence_date is not null"))
                .as("kept, unlinked")
                .isEqualTo(2);
    }

    @Test
    void refusesBadRules() throws Exception {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                        "frequency",
                        "HOURLY",
                        "interval",
                        0,
                        "dayOfMonth",
                        32,
                        "amount",
                        "0",
                        "currency",
                        "AAA",
                        "count",
                        0,
                        "endDate",
                        "2025-01-01",
                        "categoryId",
                        SALARY)
                .entrySet()) {
            Map<String, Object> body = new HashMap<>(rent("2026-01-01", null));
            body.put(bad.getKey(), bad.getValue());
            assertThat(api().post("/api/v1/recurring-rules", body)
                            .token(token)
                            .send()
                            .status())
                    .as(bad.toString())
                    .isEqualTo(400);
        }
        Map<String, Object> weeklyOnADay = new HashMap<>(rent("2026-01-01", 5));
        weeklyOnADay.put("frequency", "WEEKLY");
        assertThat(api().post("/api/v1/recurring-rules", weeklyOnADay)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(count("select count(*) from finance_recurring_rules where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    @Test
    void aNumberIsNotABoolean() throws Exception {
        String rule = create(token, "/api/v1/recurring-rules", rent("2026-01-01", null));
        Api.Reply refused = api().patch("/api/v1/recurring-rules/" + rule, Map.of("active", 2))
                .token(token)
                .send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("active");
        assertThat(api().get("/api/v1/recurring-rules/" + rule)
                        .token(token)
                        .send()
                        .header("ETag"))
                .isEqualTo("\"0\"");
    }

    private List<String> occurrences(String rule) throws Exception {
        List<String> dates = new ArrayList<>();
        try (var connection = dev.finsuite.common.testsupport.TestInfrastructure.ownerConnection();
                var rows = connection
                        .createStatement()
                        .executeQuery("select occurrence_date from finance_entries " + "where recurring_rule_id = '"
                                + rule + "' order by occurrence_date")) {
            while (rows.next()) {
                dates.add(rows.getString(1));
            }
        }
        return dates;
    }

    private static Map<String, Object> rent(String start, Integer dayOfMonth) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "type",
                "EXPENSE",
                "amount",
                "25000",
                "currency",
                "INR",
                "categoryId",
                RENT,
                "description",
                "Rent",
                "counterparty",
                "Landlord",
                "frequency",
                "MONTHLY",
                "startDate",
                start));
        if (dayOfMonth != null) {
            body.put("dayOfMonth", dayOfMonth);
        }
        return body;
    }
}
