package dev.finsuite.finance.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import dev.finsuite.finance.jobs.FinanceJobs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One household's backlog must not hold back another's: a run does bounded work per rule and per tenant,
 * visiting tenants in turn, so everyone's due occurrence is created in the first run and a backlog is worked
 * off over the runs after it.
 */
class RecurringJobFairnessTests extends FinanceTest {

    @Autowired
    FinanceJobs jobs;

    @Autowired
    RecurringLimits limits;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void market() {
        MARKET.up();
        today = LocalDate.now(clock);
    }

    @Test
    void aTenantWithABigBacklogDoesNotDelayAnotherTenantsOccurrenceDueToday() throws Exception {
        UUID backlogged = newTenant("INR");
        LocalDate longAgo = today.minusYears(2);
        List<String> dailyRules = new ArrayList<>();
        // One rule more than a run may visit before the tenant's share is used up: both bounds are met.
        int backloggedRules = limits.perTenantPerRun() / limits.perRulePerRun() + 1;
        for (int i = 0; i < backloggedRules; i++) {
            dailyRules.add(create(member(backlogged), "/api/v1/recurring-rules", rule("DAILY", longAgo)));
        }
        long perRule = ChronoUnit.DAYS.between(longAgo, today) + 1;
        long backlog = backloggedRules * perRule;
        long firstShare = Math.min(limits.perTenantPerRun(), (long) backloggedRules * limits.perRulePerRun());
        assertThat(backlog).as("the backlog is more than one run may do").isGreaterThan(limits.perTenantPerRun());

        UUID onTime = newTenant("INR");
        String monthly = create(member(onTime), "/api/v1/recurring-rules", rule("MONTHLY", today));

        jobs.runFor(today);

        assertThat(count("select count(*) from finance_entries where recurring_rule_id = '" + monthly
                        + "' and occurrence_date = '" + today + "'"))
                .as("the other tenant's occurrence, on its day")
                .isEqualTo(1);
        assertThat(entriesOf(backlogged)).as("a bounded share of the backlog").isEqualTo(firstShare);
        for (String rule : dailyRules) {
            assertThat(entriesOfRule(rule)).as("per rule and run").isLessThanOrEqualTo(limits.perRulePerRun());
        }
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + backlogged
                        + "' and occurrence_date >= '" + longAgo.plusDays(limits.perRulePerRun()) + "'"))
                .as("each rule from its oldest occurrence on")
                .isZero();

        long runs = 1;
        while (entriesOf(backlogged) < backlog) {
            long before = entriesOf(backlogged);
            jobs.runFor(today);
            runs++;
            assertThat(entriesOf(backlogged) - before)
                    .as("run " + runs)
                    .isPositive()
                    .isLessThanOrEqualTo(limits.perTenantPerRun());
            assertThat(runs).as("the backlog is worked off").isLessThanOrEqualTo(backlog / firstShare + 2);
        }
        jobs.runFor(today);
        assertThat(entriesOf(backlogged))
                .as("every occurrence once, nothing more")
                .isEqualTo(backlog);
        for (String rule : dailyRules) {
            assertThat(count("select count(distinct occurrence_date) from finance_entries where recurring_rule_id = '"
                            + rule + "'"))
                    .isEqualTo(perRule);
            assertThat(api().get("/api/v1/recurring-rules/" + rule)
                            .token(member(backlogged))
                            .send()
                            .field("/nextDate"))
                    .isEqualTo(today.plusDays(1).toString());
        }
        assertThat(entriesOfRule(monthly))
                .as("the on-time tenant gets nothing twice")
                .isEqualTo(1);
    }

    /**
     * A start date a century ago is a typo far more often than a wish for tens of thousands of back-filled rows;
     * the limit is the configured back-fill, and the problem names it.
     */
    @Test
    void aStartDateBeyondTheBackfillLimitIsRefusedWhenTheRuleIsCreatedOrMoved() throws Exception {
        UUID tenant = newTenant("INR");
        String token = member(tenant);
        LocalDate earliest = today.minus(limits.maxBackfill());

        Api.Reply ancient = api().post("/api/v1/recurring-rules", rule("DAILY", LocalDate.of(1900, 1, 1)))
                .token(token)
                .send();
        assertThat(ancient.status()).as(ancient.toString()).isEqualTo(400);
        assertThat(ancient.field("/errors/0/field")).isEqualTo("startDate");
        assertThat(ancient.field("/errors/0/message")).contains(earliest.toString());
        assertThat(api().post("/api/v1/recurring-rules", rule("DAILY", earliest.minusDays(1)))
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);

        Api.Reply atTheLimit = api().post("/api/v1/recurring-rules", rule("WEEKLY", earliest))
                .token(token)
                .send();
        assertThat(atTheLimit.status()).as(atTheLimit.toString()).isEqualTo(201);
        String future = create(token, "/api/v1/recurring-rules", rule("DAILY", today.plusDays(3)));
        Api.Reply moved = api().patch("/api/v1/recurring-rules/" + future, Map.of("startDate", "1900-01-01"))
                .token(token)
                .send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(400);
        assertThat(count("select count(*) from finance_recurring_rules where tenant_id = '" + tenant
                        + "' and start_date < '" + earliest + "'"))
                .isZero();
    }

    private static long entriesOf(UUID tenant) throws Exception {
        return count("select count(*) from finance_entries where tenant_id = '" + tenant
                + "' and recurring_rule_id is not null");
    }

    private static long entriesOfRule(String rule) throws Exception {
        return count("select count(*) from finance_entries where recurring_rule_id = '" + rule + "'");
    }

    private static Map<String, Object> rule(String frequency, LocalDate start) {
        return new HashMap<>(Map.of(
                "type",
                "EXPENSE",
                "amount",
                "10",
                "currency",
                "INR",
                "categoryId",
                GROCERIES,
                "description",
                "Milk",
                "frequency",
                frequency,
                "startDate",
                start.toString()));
    }
}
