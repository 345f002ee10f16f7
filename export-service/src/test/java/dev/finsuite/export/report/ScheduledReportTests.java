package dev.finsuite.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.export.Household;
import dev.finsuite.export.schedule.ReportScheduler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A scheduled report computed by another service: the job has no caller whose token it could forward, so it asks
 * finance-service for the tenant with a reader's token of its own, and the file holds what finance-service says.
 */
class ScheduledReportTests extends UpstreamTest {

    @Autowired
    private ReportScheduler scheduler;

    @Test
    void aScheduledBudgetVersusActualIsAskedOfFinanceServiceWithoutACaller() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        String budget = created(
                finance(), "/api/v1/budgets", token, foodBudget(last.atDay(1).toString()));
        expense(tenant, last.atDay(3), "700");
        expense(tenant, last.plusMonths(1).atDay(1), "50");
        Api.Reply schedule = api().post(
                        "/api/v1/reports/schedules",
                        map(
                                "report",
                                "budget-vs-actual",
                                "cadence",
                                "MONTHLY",
                                "format",
                                "csv",
                                "dialect",
                                "excel",
                                "locale",
                                "de-DE"))
                .token(token)
                .send();
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(201);
        sql(
                "update export_report_schedules set next_run_on = ? where id = ?",
                last.atDay(1),
                UUID.fromString(schedule.field("/id")));

        scheduler.queueDue();

        Api.Reply jobs =
                api().get("/api/v1/exports/jobs?kind=REPORT").token(token).send();
        assertThat(jobs.json().get("totalItems").asLong()).as(jobs.toString()).isEqualTo(1);
        String job = "/api/v1/exports/jobs/" + jobs.field("/items/0/id");
        JsonNode done = awaitJob(job, token, "SUCCEEDED", "FAILED");
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("fileName").asString()).isEqualTo("finsuite-report-budget-vs-actual-" + last + ".csv");

        List<Map<String, String>> rows =
                records(csv(download(job + "/file", token).body(), ';'));
        JsonNode own = finance()
                .get("/api/v1/budgets/" + budget + "/status?date=" + last.atDay(1))
                .token(token)
                .send()
                .json();
        assertThat(rows).singleElement().satisfies(period -> {
            assertThat(period.get("periodStart")).isEqualTo(last.atDay(1).toString());
            assertThat(period.get("periodEnd")).isEqualTo(last.atEndOfMonth().toString());
            assertThat(period.get("spent")).isEqualTo("700,00");
            assertThat(period.get("remaining")).isEqualTo("300,00");
            assertThat(period.get("remaining").replace(',', '.'))
                    .isEqualTo(own.get("remaining").asString());
        });
    }

    private static void expense(UUID tenant, LocalDate date, String amount) throws Exception {
        sql(
                "insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description,"
                        + " base_currency, base_amount, fx_rate, fx_rate_date, fx_source) values (?, ?, 'EXPENSE', ?, 'INR', ?, ?,"
                        + " 'Shop', 'INR', ?, 1, ?, 'same-currency')",
                UUID.randomUUID(),
                tenant,
                new BigDecimal(amount),
                date,
                Household.GROCERIES,
                new BigDecimal(amount),
                date);
    }
}
