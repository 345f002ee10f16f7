package dev.finsuite.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.RequestBodies;
import dev.finsuite.export.Household;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reports and computed exports over HTTP, each figure checked against what finance-, emi- and
 * investment-service answer themselves and against the sums a user would do by hand.
 */
class ReportTests extends UpstreamTest {

    /** One household's budget, expenses, debts, loan and investments, made through the services where they have an API. */
    private record Seeded(UUID tenant, String token, String budget, String loan, String asset) {}

    private Seeded seed() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String budget = created(finance(), "/api/v1/budgets", token, foodBudget("2026-01-01"));
        expense(tenant, "2026-01-15", "700");
        expense(tenant, "2026-02-03", "1200");
        expense(tenant, "2026-03-09", "100");

        UUID lent = UUID.randomUUID();
        UUID borrowed = UUID.randomUUID();
        sql(
                "insert into finance_debts (id, tenant_id, direction, counterparty_name, principal, currency, start_date,"
                        + " total_due, paid) values (?, ?, 'LENT', 'Asha', 2000, 'INR', date '2026-01-11', 2000, 500)",
                lent,
                tenant);
        sql(
                "insert into finance_debt_payments (id, tenant_id, debt_id, amount, paid_on) values (?, ?, ?, 500,"
                        + " date '2026-02-11')",
                UUID.randomUUID(),
                tenant,
                lent);
        sql(
                "insert into finance_debts (id, tenant_id, direction, counterparty_name, principal, currency, start_date,"
                        + " total_due, paid) values (?, ?, 'BORROWED', 'Ravi', 5000, 'INR', date '2026-01-10', 5000, 1000)",
                borrowed,
                tenant);
        sql(
                "insert into finance_debt_payments (id, tenant_id, debt_id, amount, paid_on) values (?, ?, ?, 1000,"
                        + " date '2026-02-10')",
                UUID.randomUUID(),
                tenant,
                borrowed);

        String loan = created(
                emi(),
                "/api/v1/emis",
                token,
                map(
                        "name",
                        "Scooter",
                        "loanType",
                        "PERSONAL",
                        "principal",
                        "120000",
                        "currency",
                        "INR",
                        "annualRate",
                        "12",
                        "tenureMonths",
                        12,
                        "disbursalDate",
                        "2025-12-01",
                        "firstEmiDate",
                        "2026-01-05"));
        String firstEmi = emi().get("/api/v1/emis/" + loan + "/schedule")
                .token(token)
                .send()
                .field("/instalments/0/emi");
        created(emi(), "/api/v1/emis/" + loan + "/payments", token, map("amount", firstEmi, "paidOn", "2026-01-05"));
        created(
                emi(),
                "/api/v1/emis/" + loan + "/prepayments",
                token,
                map("amount", "10000", "date", "2026-02-10", "strategy", "REDUCE_TENURE"));

        String account = created(
                investments(),
                "/api/v1/investments/accounts",
                token,
                map("name", "Broker", "currency", "INR", "costBasisMethod", "FIFO"));
        String asset = created(
                investments(),
                "/api/v1/investments/assets",
                token,
                map(
                        "symbol",
                        "GOLD" + UUID.randomUUID().toString().substring(0, 4),
                        "dataSource",
                        "MANUAL",
                        "name",
                        "Gold coins",
                        "assetClass",
                        "COMMODITY",
                        "currency",
                        "INR"));
        for (String[] price : new String[][] {
            {"2026-01-10", "100"},
            {"2026-01-31", "110"},
            {"2026-02-28", "120"},
            {LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "130"}
        }) {
            Api.Reply set = investments()
                    .put("/api/v1/investments/assets/" + asset + "/prices/" + price[0], map("price", price[1]))
                    .token(token)
                    .send();
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
        }
        created(
                investments(),
                "/api/v1/investments/activities",
                token,
                RequestBodies.activity(account, asset, "BUY", "2026-01-10", "10", "100"));
        created(
                investments(),
                "/api/v1/investments/activities",
                token,
                map(
                        "accountId",
                        account,
                        "assetId",
                        asset,
                        "type",
                        "SELL",
                        "date",
                        "2026-02-15",
                        "quantity",
                        "4",
                        "unitPrice",
                        "115"));
        return new Seeded(tenant, token, budget, loan, asset);
    }

    private static void expense(UUID tenant, String date, String amount) throws Exception {
        sql(
                "insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description,"
                        + " base_currency, base_amount, fx_rate, fx_rate_date, fx_source) values (?, ?, 'EXPENSE', ?, 'INR', ?, ?,"
                        + " 'Shop', 'INR', ?, 1, ?, 'same-currency')",
                UUID.randomUUID(),
                tenant,
                new BigDecimal(amount),
                LocalDate.parse(date),
                Household.GROCERIES,
                new BigDecimal(amount),
                LocalDate.parse(date));
    }

    private Api.Reply get(String path, String token) {
        return api().get(path).token(token).send();
    }

    @Test
    void budgetVersusActualShowsEveryPeriodWithRolloverAsFinanceServiceComputesIt() throws Exception {
        Seeded s = seed();

        Api.Reply report = get("/api/v1/reports/budget-vs-actual?from=2026-01-01&to=2026-03-31", s.token());

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode periods = report.json().at("/periods");
        assertThat(periods.size()).isEqualTo(3);
        for (JsonNode period : periods) {
            JsonNode own = finance()
                    .get("/api/v1/budgets/" + s.budget() + "/status?date="
                            + period.at("/periodStart").asString())
                    .token(s.token())
                    .send()
                    .json();
            for (String field : List.of(
                    "periodStart", "periodEnd", "limit", "carriedOver", "spent", "remaining", "percentUsed", "state")) {
                assertThat(period.at("/" + field).asString())
                        .as(field)
                        .isEqualTo(own.at("/" + field).asString());
            }
        }
        // By hand, carrying the surplus: Jan 1000 - 700 leaves 300; Feb 1300 - 1200 leaves 100; Mar 1100 - 100.
        assertThat(periods.at("/1/carriedOver").asString()).isEqualTo("300.00");
        assertThat(periods.at("/1/available").asString()).isEqualTo("1300.00");
        assertThat(periods.at("/1/remaining").asString()).isEqualTo("100.00");
        assertThat(periods.at("/2/carriedOver").asString()).isEqualTo("100.00");
        assertThat(periods.at("/2/remaining").asString()).isEqualTo("1000.00");

        HttpResponse<byte[]> csv =
                download("/api/v1/reports/budget-vs-actual?from=2026-01-01&to=2026-03-31&format=csv", s.token());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<Map<String, String>> rows = records(csv(csv.body(), ','));
        assertThat(rows)
                .extracting(r -> r.get("periodStart"))
                .containsExactly("2026-01-01", "2026-02-01", "2026-03-01");
        assertThat(rows).extracting(r -> r.get("remaining")).containsExactly("300.00", "100.00", "1000.00");
        assertThat(rows.get(1).get("state")).isEqualTo("WARNING");

        HttpResponse<byte[]> german = download(
                "/api/v1/reports/budget-vs-actual?from=2026-01-01&to=2026-03-31"
                        + "&format=csv&dialect=excel&locale=de-DE",
                s.token());
        assertThat(records(csv(german.body(), ';')).get(1).get("available")).isEqualTo("1300,00");
    }

    @Test
    void netWorthIsEachPartAtMonthEndAddedUpWithWhatTheSuiteDoesNotKnowStatedAsAbsent() throws Exception {
        Seeded s = seed();
        JsonNode schedule = emi().get("/api/v1/emis/" + s.loan() + "/schedule")
                .token(s.token())
                .send()
                .json();
        JsonNode loan =
                emi().get("/api/v1/emis/" + s.loan()).token(s.token()).send().json();
        JsonNode history = investments()
                .get("/api/v1/portfolio/history?range=MAX")
                .token(s.token())
                .send()
                .json();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);

        Api.Reply reply = get("/api/v1/reports/net-worth?from=2025-11&to=" + now, s.token());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.at("/currency").asString()).isEqualTo("INR");
        assertThat(report.at("/absent").findValuesAsString("part")).contains("bankAndCashBalances");
        JsonNode months = report.at("/months");
        assertThat(months.size()).isEqualTo(1 + 1 + now.getMonthValue());
        for (JsonNode month : months) {
            BigDecimal sum = amount(month, "investments")
                    .add(amount(month, "lentOutstanding"))
                    .subtract(amount(month, "loanPrincipalOutstanding"))
                    .subtract(amount(month, "borrowedOutstanding"));
            assertThat(amount(month, "netWorth")).as(month.toString()).isEqualByComparingTo(sum);
            assertThat(month.at("/unknown").size()).isZero();
            LocalDate asOf = LocalDate.parse(month.at("/asOf").asString());
            if (!asOf.isBefore(LocalDate.parse(history.at("/from").asString()))) {
                assertThat(amount(month, "investments"))
                        .as(asOf.toString())
                        .isEqualByComparingTo(pointOn(history, asOf));
            }
        }
        JsonNode november = months.get(0);
        assertThat(november.at("/month").asString()).isEqualTo("2025-11");
        assertThat(amount(november, "netWorth")).isEqualByComparingTo("0");
        JsonNode december = months.get(1);
        assertThat(amount(december, "loanPrincipalOutstanding")).isEqualByComparingTo("120000");
        JsonNode january = months.get(2);
        assertThat(january.at("/asOf").asString()).isEqualTo("2026-01-31");
        assertThat(amount(january, "lentOutstanding")).isEqualByComparingTo("2000");
        assertThat(january.get("lentOutstanding").asString())
                .as("shown to the currency's minor units")
                .isEqualTo("2000.00");
        assertThat(amount(january, "borrowedOutstanding")).isEqualByComparingTo("5000");
        assertThat(amount(january, "investments")).isEqualByComparingTo("1100.00");
        BigDecimal afterFirst = new BigDecimal("120000")
                .subtract(new BigDecimal(schedule.at("/instalments/0/principal").asString()));
        assertThat(amount(january, "loanPrincipalOutstanding")).isEqualByComparingTo(afterFirst);
        JsonNode february = months.get(3);
        assertThat(amount(february, "lentOutstanding")).isEqualByComparingTo("1500");
        assertThat(amount(february, "borrowedOutstanding")).isEqualByComparingTo("4000");
        assertThat(amount(february, "investments")).isEqualByComparingTo("720.00");
        assertThat(amount(february, "loanPrincipalOutstanding"))
                .isEqualByComparingTo(afterFirst.subtract(new BigDecimal("10000")));
        JsonNode current = months.get(months.size() - 1);
        assertThat(current.at("/asOf").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(amount(current, "loanPrincipalOutstanding"))
                .isEqualByComparingTo(
                        new BigDecimal(loan.at("/outstandingPrincipal").asString()));

        HttpResponse<byte[]> xlsx =
                download("/api/v1/reports/net-worth?from=2026-01&to=2026-02&format=xlsx", s.token());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("netWorth");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-01");
            assertThat(BigDecimal.valueOf(sheet.getRow(1).getCell(7).getNumericCellValue()))
                    .isEqualByComparingTo(amount(january, "netWorth"));
        }
    }

    private static BigDecimal amount(JsonNode node, String field) {
        return new BigDecimal(node.at("/" + field).asString());
    }

    private static BigDecimal pointOn(JsonNode history, LocalDate day) {
        for (JsonNode point : history.at("/points")) {
            if (point.at("/date").asString().equals(day.toString())) {
                return new BigDecimal(point.at("/marketValue").asString());
            }
        }
        throw new AssertionError("No history point on " + day);
    }

    @Test
    void aLoanReportIsTheScheduleWithPaymentsAndPrepaymentsAndAnotherTenantsLoanIsNotFound() throws Exception {
        Seeded s = seed();
        JsonNode schedule = emi().get("/api/v1/emis/" + s.loan() + "/schedule")
                .token(s.token())
                .send()
                .json();

        Api.Reply reply = get("/api/v1/reports/loans/" + s.loan(), s.token());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.at("/loan/name").asString()).isEqualTo("Scooter");
        assertThat(report.at("/schedule")).isEqualTo(schedule.at("/instalments"));
        assertThat(report.at("/totals")).isEqualTo(schedule.at("/totals"));
        assertThat(report.at("/schedule/0/status").asString()).isEqualTo("PAID");
        assertThat(report.at("/payments").size()).isEqualTo(1);
        assertThat(report.at("/prepayments/0/amount").asString()).isEqualTo("10000.00");

        List<Map<String, String>> rows = records(csv(
                download("/api/v1/reports/loans/" + s.loan() + "?format=csv", s.token())
                        .body(),
                ','));
        assertThat(rows).hasSize(schedule.at("/instalments").size());
        assertThat(rows.get(0).get("closingBalance"))
                .isEqualTo(schedule.at("/instalments/0/closingBalance").asString());
        List<Map<String, String>> payments = records(csv(
                download("/api/v1/reports/loans/" + s.loan() + "?format=csv&table=payments", s.token())
                        .body(),
                ','));
        assertThat(payments)
                .singleElement()
                .satisfies(p -> assertThat(p.get("paidOn")).isEqualTo("2026-01-05"));

        String intruder = viewer(newTenant());
        Api.Reply foreign = get("/api/v1/reports/loans/" + s.loan(), intruder);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.field("/code")).isEqualTo("not_found");
        assertThat(foreign.text()).doesNotContain("Scooter");
        assertThat(get("/api/v1/reports/loans/" + UUID.randomUUID(), s.token()).status())
                .isEqualTo(404);
    }

    @Test
    void theInvestmentReportIsInvestmentServicesHoldingsGainsByYearAndDividends() throws Exception {
        Seeded s = seed();
        JsonNode holdings = investments()
                .get("/api/v1/portfolio/holdings?includeClosed=true")
                .token(s.token())
                .send()
                .json();

        Api.Reply reply = get("/api/v1/reports/investments", s.token());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.at("/holdings/holdings")).isEqualTo(holdings.at("/holdings"));
        assertThat(report.at("/holdings/totals/marketValue").asString()).isEqualTo("780.00");
        JsonNode years = report.at("/realisedGainsByYear");
        assertThat(years.size()).isEqualTo(1);
        // FIFO by hand: 4 sold at 115 bought at 100.
        assertThat(years.at("/0/year").asInt()).isEqualTo(2026);
        assertThat(years.at("/0/totalGainBase").asString()).isEqualTo("60.00");
        assertThat(report.at("/dividendsByYear/groupBy").asString()).isEqualTo("year");

        List<Map<String, String>> gains = records(csv(
                download("/api/v1/reports/investments?format=csv&table=realised-gains", s.token())
                        .body(),
                ','));
        assertThat(gains).singleElement().satisfies(g -> {
            assertThat(g.get("gain")).isEqualTo("60.00");
            assertThat(g.get("quantity")).isEqualTo("4");
        });
    }

    @Test
    void computedExportsHoldWhatTheServicesComputeAndNeverAnotherTenantsRows() throws Exception {
        Seeded s = seed();
        Seeded other = seed();

        List<Map<String, String>> statuses = records(
                csv(download("/api/v1/exports/budget-statuses", s.token()).body(), ','));
        JsonNode own =
                finance().get("/api/v1/budgets/status").token(s.token()).send().json();
        assertThat(statuses).hasSize(own.size()).singleElement().satisfies(row -> {
            assertThat(row.get("budgetId")).isEqualTo(s.budget());
            assertThat(row.get("periodStart"))
                    .isEqualTo(own.at("/0/periodStart").asString());
            assertThat(row.get("carriedOver"))
                    .isEqualTo(own.at("/0/carriedOver").asString());
            assertThat(row.get("remaining")).isEqualTo(own.at("/0/remaining").asString());
            assertThat(row.get("state")).isEqualTo(own.at("/0/state").asString());
        });

        List<Map<String, String>> instalments = records(
                csv(download("/api/v1/exports/loan-schedules", s.token()).body(), ','));
        JsonNode schedule = emi().get("/api/v1/emis/" + s.loan() + "/schedule")
                .token(s.token())
                .send()
                .json();
        assertThat(instalments).hasSize(schedule.at("/instalments").size());
        assertThat(instalments).extracting(r -> r.get("loanId")).containsOnly(s.loan());
        for (int i = 0; i < instalments.size(); i++) {
            JsonNode line = schedule.at("/instalments/" + i);
            assertThat(instalments.get(i).get("closingBalance"))
                    .isEqualTo(line.at("/closingBalance").asString());
            assertThat(instalments.get(i).get("status"))
                    .isEqualTo(line.at("/status").asString());
        }

        HttpResponse<byte[]> xlsx = download("/api/v1/exports/investment-holdings?format=xlsx", s.token());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("assetId");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(s.asset());
            assertThat(sheet.getRow(1).getCell(14).getNumericCellValue()).isEqualTo(780.0);
        }
        String jsonl = text(download("/api/v1/exports/investment-holdings?format=jsonl", s.token()));
        assertThat(jsonl).contains(s.asset()).doesNotContain(other.asset());
        assertThat(text(download("/api/v1/exports/loan-schedules", s.token()))).doesNotContain(other.loan());
        assertThat(text(download("/api/v1/exports/budget-statuses", s.token()))).doesNotContain(other.budget());
    }

    @Test
    void theOpenApiExamplesOfTheReportsHaveTheFieldsOfRealReports() throws Exception {
        Seeded s = seed();
        JsonNode docs = api().get("/v3/api-docs").send().json();
        Map<String, String> reports = Map.of(
                "/api/v1/reports/budget-vs-actual", "?from=2026-01-01&to=2026-02-28",
                "/api/v1/reports/net-worth", "?from=2026-01&to=2026-02",
                "/api/v1/reports/loans/{loanId}", "",
                "/api/v1/reports/investments", "");
        for (Map.Entry<String, String> report : reports.entrySet()) {
            JsonNode example = docs.get("paths")
                    .get(report.getKey())
                    .at("/get/responses/200/content")
                    .get("application/json")
                    .get("examples")
                    .valueStream()
                    .findFirst()
                    .orElseThrow()
                    .get("value");
            Api.Reply real = get(report.getKey().replace("{loanId}", s.loan()) + report.getValue(), s.token());
            assertThat(real.status()).as(real.toString()).isEqualTo(200);
            assertThat(fieldPaths(example, "")).as(report.getKey()).isEqualTo(fieldPaths(real.json(), ""));
        }
    }

    /** Every field's path in a body, array elements merged: its shape without its values. */
    private static java.util.TreeSet<String> fieldPaths(JsonNode node, String at) {
        java.util.TreeSet<String> paths = new java.util.TreeSet<>();
        if (node.isObject()) {
            node.properties().forEach(p -> {
                paths.add(at + "/" + p.getKey());
                paths.addAll(fieldPaths(p.getValue(), at + "/" + p.getKey()));
            });
        } else if (node.isArray()) {
            node.valueStream().forEach(element -> paths.addAll(fieldPaths(element, at + "[]")));
        }
        return paths;
    }

    @Test
    void badRangesAndParametersAreProblemsNamingTheField() throws Exception {
        String token = viewer(newTenant());
        YearMonth next = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
        Map<String, String> bad = Map.of(
                "/api/v1/reports/budget-vs-actual?to=2026-03-31",
                "from",
                "/api/v1/reports/budget-vs-actual?from=2026-03-01&to=2026-01-31",
                "to",
                "/api/v1/reports/budget-vs-actual?from=2020-01-01&to=2026-01-31",
                "to",
                "/api/v1/reports/budget-vs-actual?from=2026-13-01&to=2026-12-31",
                "from",
                "/api/v1/reports/net-worth?from=2026-05&to=2026-01",
                "to",
                "/api/v1/reports/net-worth?from=2000-01&to=2026-01",
                "to",
                "/api/v1/reports/net-worth?to=" + next,
                "to",
                "/api/v1/reports/net-worth?from=2026-1",
                "from",
                "/api/v1/reports/investments?format=pdf",
                "format",
                "/api/v1/reports/investments?table=holdings",
                "table");
        for (Map.Entry<String, String> request : bad.entrySet()) {
            Api.Reply reply = get(request.getKey(), token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.field("/code")).isEqualTo("validation_failed");
            assertThat(reply.json().at("/errors").findValuesAsString("field"))
                    .as(reply.toString())
                    .contains(request.getValue());
        }
        assertThat(get("/api/v1/reports/loans/" + UUID.randomUUID() + "?format=csv&table=nope", token)
                        .status())
                .isEqualTo(400);
        assertThat(get("/api/v1/reports/net-worth?colour=blue", token).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/reports/net-worth").send().status()).isEqualTo(401);
    }
}
