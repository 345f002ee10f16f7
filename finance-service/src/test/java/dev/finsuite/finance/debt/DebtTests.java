package dev.finsuite.finance.debt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DebtTests extends FinanceTest {

    UUID tenant;
    String token;

    /** Statuses (OVERDUE) and the latest payment date depend on today: these tests run on 2026-12-01. */
    @BeforeEach
    void newHousehold() throws Exception {
        pinToday(LocalDate.of(2026, 12, 1));
        tenant = newTenant("INR");
        token = memberOnTestClock(tenant);
    }

    @Test
    void repaymentsBringABorrowingDownToSettledAndDeletingOneReopensIt() throws Exception {
        String id = create(token, "/api/v1/borrowings", debt("Ravi", "20000", "2026-10-01", null, null));
        Api.Reply borrowed = api().get("/api/v1/borrowings/" + id).token(token).send();
        assertThat(borrowed.field("/outstanding")).isEqualTo("20000.00");
        assertThat(borrowed.field("/status")).isEqualTo("OPEN");

        Api.Reply first = pay("borrowings", id, "repayments", "7500.50", "2026-10-15");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.field("/parent/outstanding")).isEqualTo("12499.50");
        String firstId = first.field("/payment/id");

        Api.Reply over = pay("borrowings", id, "repayments", "12499.51", "2026-11-01");
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.field("/code")).isEqualTo("overpayment");
        assertThat(count("select count(*) from finance_debt_payments where debt_id = '" + id + "'"))
                .isEqualTo(1);

        Api.Reply last = pay("borrowings", id, "repayments", "12499.50", "2026-11-01");
        assertThat(last.field("/parent/outstanding")).isEqualTo("0.00");
        assertThat(last.field("/parent/status")).isEqualTo("SETTLED");
        assertThat(api().get("/api/v1/borrowings/" + id + "/repayments")
                        .token(token)
                        .send()
                        .field("/totalItems"))
                .isEqualTo("2");

        assertThat(api().delete("/api/v1/borrowings/" + id + "/repayments/" + firstId)
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);
        Api.Reply reopened = api().get("/api/v1/borrowings/" + id).token(token).send();
        assertThat(reopened.field("/outstanding")).isEqualTo("7500.50");
        assertThat(reopened.field("/status")).isEqualTo("OPEN");
        assertThat(api().get("/api/v1/borrowings?status=OPEN")
                        .token(token)
                        .send()
                        .field("/totalItems"))
                .isEqualTo("1");
        assertThat(api().get("/api/v1/borrowings?status=SETTLED")
                        .token(token)
                        .send()
                        .field("/totalItems"))
                .isEqualTo("0");
    }

    @Test
    void simpleInterestRunsToTheDueDateAndAPassedDueDateIsOverdue() {
        String id = create(token, "/api/v1/lendings", debt("Meera", "10000", "2025-01-01", "2026-01-01", "12"));
        Api.Reply lent = api().get("/api/v1/lendings/" + id).token(token).send();
        assertThat(lent.field("/interest")).isEqualTo("1200.00");
        assertThat(lent.field("/totalDue")).isEqualTo("11200.00");
        assertThat(lent.field("/status"))
                .as("due 2026-01-01, today is 2026-12-01")
                .isEqualTo("OVERDUE");
        assertThat(api().get("/api/v1/lendings?status=OVERDUE")
                        .token(token)
                        .send()
                        .field("/totalItems"))
                .isEqualTo("1");

        Api.Reply collected = pay("lendings", id, "collections", "11200", "2026-02-01");
        assertThat(collected.field("/parent/status")).isEqualTo("SETTLED");
        assertThat(api().post("/api/v1/lendings/" + id + "/repayments", Map.of("amount", "1", "date", "2026-02-01"))
                        .token(token)
                        .send()
                        .status())
                .as("lendings have collections, not repayments")
                .isEqualTo(404);

        Api.Reply noDue = api().post("/api/v1/lendings", debt("Meera", "100", "2026-01-01", null, "5"))
                .token(token)
                .send();
        assertThat(noDue.status()).isEqualTo(400);
        assertThat(noDue.field("/errors/0/field")).isEqualTo("dueDate");
    }

    @Test
    void anIdempotentRepaymentRetryIsRecordedOnce() throws Exception {
        String id = create(token, "/api/v1/borrowings", debt("Ravi", "1000", "2026-10-01", null, null));
        Map<String, Object> body = Map.of("amount", "400", "date", "2026-10-10");
        Api.Reply first = api().post("/api/v1/borrowings/" + id + "/repayments", body)
                .token(token)
                .header("Idempotency-Key", "pay-1")
                .send();
        Api.Reply retry = api().post("/api/v1/borrowings/" + id + "/repayments", body)
                .token(token)
                .header("Idempotency-Key", "pay-1")
                .send();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.field("/payment/id")).isEqualTo(first.field("/payment/id"));
        assertThat(count("select count(*) from finance_debt_payments where debt_id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(api().get("/api/v1/borrowings/" + id).token(token).send().field("/outstanding"))
                .isEqualTo("600.00");
    }

    @Test
    void termsCannotDropBelowWhatWasPaidAndBadInputWritesNothing() throws Exception {
        String id = create(token, "/api/v1/borrowings", debt("Ravi", "1000", "2026-10-01", null, null));
        pay("borrowings", id, "repayments", "800", "2026-10-10");
        Api.Reply tooLow = api().patch("/api/v1/borrowings/" + id, Map.of("principal", "500"))
                .token(token)
                .send();
        assertThat(tooLow.status()).isEqualTo(409);
        Api.Reply raised = api().patch("/api/v1/borrowings/" + id, Map.of("principal", "1500"))
                .token(token)
                .header("If-Match", "\"1\"")
                .send();
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(raised.field("/outstanding")).isEqualTo("700.00");
        Api.Reply otherCurrency = api().patch("/api/v1/borrowings/" + id, Map.of("currency", "JPY"))
                .token(token)
                .send();
        assertThat(otherCurrency.status())
                .as("800 INR paid cannot become 800 JPY")
                .isEqualTo(409);

        assertThat(pay("borrowings", id, "repayments", "0", "2026-10-10").status())
                .isEqualTo(400);
        assertThat(pay("borrowings", id, "repayments", "10", "2026-09-01").status())
                .as("before it was borrowed")
                .isEqualTo(400);
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                        "principal",
                        "-1",
                        "currency",
                        "ZZZ",
                        "date",
                        "2026-02-31",
                        "counterpartyName",
                        " ",
                        "interestRate",
                        "101")
                .entrySet()) {
            Map<String, Object> body = new HashMap<>(debt("X", "10", "2026-01-01", "2026-12-31", null));
            body.put(bad.getKey(), bad.getValue());
            assertThat(api().post("/api/v1/lendings", body).token(token).send().status())
                    .as(bad.toString())
                    .isEqualTo(400);
        }
        assertThat(count("select count(*) from finance_debts where tenant_id = '" + tenant + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from finance_debt_payments where debt_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void counterpartiesSummariseWhatIsOwedEachWayPerPerson() {
        create(token, "/api/v1/borrowings", debt("Ravi", "5000", "2026-10-01", null, null));
        String lent = create(token, "/api/v1/lendings", debt("ravi ", "12000", "2026-10-05", null, null));
        pay("lendings", lent, "collections", "2000", "2026-10-20");
        create(token, "/api/v1/lendings", debt("Anita", "300", "2026-10-05", "2026-10-06", null));

        Api.Reply people = api().get("/api/v1/counterparties").token(token).send();
        assertThat(people.status()).isEqualTo(200);
        assertThat(people.field("/totalItems")).isEqualTo("2");
        assertThat(people.field("/items/0/name")).isEqualTo("Anita");
        assertThat(people.field("/items/0/theyOwe")).isEqualTo("300.00");
        assertThat(people.field("/items/0/overdue")).isEqualTo("1");
        assertThat(people.field("/items/1/youOwe")).isEqualTo("5000.00");
        assertThat(people.field("/items/1/theyOwe")).isEqualTo("10000.00");
        assertThat(people.field("/items/1/net")).isEqualTo("5000.00");
        assertThat(api().get("/api/v1/counterparties?size=201")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    private Api.Reply pay(String resource, String id, String movements, String amount, String date) {
        return api().post("/api/v1/" + resource + "/" + id + "/" + movements, Map.of("amount", amount, "date", date))
                .token(token)
                .send();
    }

    private static Map<String, Object> debt(String name, String principal, String date, String due, String rate) {
        Map<String, Object> body = new HashMap<>(
                Map.of("counterpartyName", name, "principal", principal, "currency", "INR", "date", date));
        if (due != null) {
            body.put("dueDate", due);
        }
        if (rate != null) {
            body.put("interestRate", rate);
        }
        return body;
    }
}
