package dev.finsuite.emi.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.emi.EmiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoanApiTests extends EmiTest {

    private UUID tenant;
    private String member;

    @BeforeEach
    void tenant() throws Exception {
        onKnownDay();
        tenant = newTenant();
        member = tokenOnClock(tenant, "MEMBER");
    }

    @Test
    void aLoanIsCreatedWithItsEmiAndScheduleAndReadBack() {
        Map<String, Object> body = homeLoan();
        body.put("metadata", Map.of("accountNumber", "HL-0042", "insurance", new java.math.BigDecimal("1.10")));
        Api.Reply created = api().post("/api/v1/emis", body).token(member).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.field("/id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/emis/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.field("/emi")).isEqualTo("8678.23");
        assertThat(created.field("/principal")).isEqualTo("1000000.00");
        assertThat(created.field("/instalments")).isEqualTo("240");
        assertThat(created.field("/endDate")).isEqualTo("2045-01-05");
        assertThat(created.field("/status")).isEqualTo("ACTIVE");
        assertThat(created.field("/createdAt")).isNotNull();
        assertThat(created.text()).contains("\"insurance\":1.10");

        Api.Reply read = api().get("/api/v1/emis/" + id).token(member).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("/name")).isEqualTo("Flat in Pune");
        assertThat(read.field("/metadata/accountNumber")).isEqualTo("HL-0042");
        assertThat(read.field("/outstandingPrincipal")).isEqualTo("1000000.00");

        Api.Reply schedule =
                api().get("/api/v1/emis/" + id + "/schedule").token(member).send();
        assertThat(schedule.json().at("/instalments").size()).isEqualTo(240);
        assertThat(schedule.field("/instalments/0/interest")).isEqualTo("7083.33");
        assertThat(schedule.field("/instalments/0/principal")).isEqualTo("1594.90");
        assertThat(schedule.field("/instalments/0/status")).isEqualTo("OVERDUE");
        assertThat(schedule.field("/instalments/239/closingBalance")).isEqualTo("0.00");
        assertThat(schedule.field("/instalments/239/dueDate")).isEqualTo("2045-01-05");
        assertThat(schedule.field("/totals/amountPaid")).isEqualTo("0.00");
    }

    @Test
    void listsFilterAndPage() {
        createLoan(member, homeLoan());
        createLoan(member, shortLoan());
        Map<String, Object> car = shortLoan();
        car.put("loanType", "CAR");
        createLoan(member, car);

        Api.Reply cars = api().get("/api/v1/emis?loanType=CAR").token(member).send();
        assertThat(cars.field("/totalItems")).isEqualTo("1");
        Api.Reply page =
                api().get("/api/v1/emis?size=2&sort=name,asc").token(member).send();
        assertThat(page.field("/totalItems")).isEqualTo("3");
        assertThat(page.field("/totalPages")).isEqualTo("2");
        assertThat(page.field("/items/0/name")).isEqualTo("Flat in Pune");
        assertThat(api().get("/api/v1/emis?sort=password").token(member).send().status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/emis?size=201").token(member).send().status())
                .isEqualTo(400);
    }

    @Test
    void updatesHonourIfMatchAndAStaleOneIs412() {
        String id = createLoan(member, homeLoan());

        Api.Reply renamed = api().patch("/api/v1/emis/" + id, Map.of("name", "Flat", "annualRate", "8.25"))
                .header("If-Match", "\"0\"")
                .token(member)
                .send();
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
        assertThat(renamed.field("/emi")).isNotEqualTo("8678.23");

        Api.Reply stale = api().patch("/api/v1/emis/" + id, Map.of("name", "Someone else's edit"))
                .header("If-Match", "\"0\"")
                .token(member)
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.field("/code")).isEqualTo("precondition_failed");
        assertThat(api().get("/api/v1/emis/" + id).token(member).send().field("/name"))
                .isEqualTo("Flat");
    }

    @Test
    void termsFreezeOnceMoneyHasMovedButDetailsStillChange() {
        String id = createLoan(member, shortLoan());
        api().post("/api/v1/emis/" + id + "/payments", Map.of("amount", "8791.59", "paidOn", "2025-01-05"))
                .token(member)
                .send();

        Api.Reply refused = api().patch("/api/v1/emis/" + id, Map.of("principal", "90000"))
                .token(member)
                .send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("/detail")).contains("rate change or a prepayment");
        Api.Reply described = api().patch(
                        "/api/v1/emis/" + id, Map.of("notes", "Paid from salary account", "principal", "100000.00"))
                .token(member)
                .send();
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        assertThat(described.field("/notes")).isEqualTo("Paid from salary account");
    }

    @Test
    void restatingFrozenTermsAtAnotherScaleIsNoChange() throws Exception {
        String id = createLoan(member, shortLoan());
        api().post("/api/v1/emis/" + id + "/payments", Map.of("amount", "8791.59", "paidOn", "2025-01-05"))
                .token(member)
                .send();
        assertThat(count("select count(*) from emi_loans where id = '" + id + "' and principal::text = '100000.0000'"))
                .as("stored at the column's scale")
                .isOne();
        String etag = api().get("/api/v1/emis/" + id).token(member).send().header("ETag");

        // The same principal and rate written with other scales (a string, and a JSON number) are equal values.
        Map<String, Object> restated = new java.util.HashMap<>();
        restated.put("principal", "100000.00");
        restated.put("annualRate", new java.math.BigDecimal("10.000"));
        restated.put("tenureMonths", 12);
        restated.put("firstEmiDate", "2025-01-05");
        Api.Reply same = api().patch("/api/v1/emis/" + id, restated)
                .header("If-Match", etag)
                .token(member)
                .send();
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.header("ETag")).as("nothing changed, so no new version").isEqualTo(etag);
        assertThat(same.field("/principal")).isEqualTo("100000.00");

        Api.Reply byNumber = api().patch("/api/v1/emis/" + id, Map.of("principal", new java.math.BigDecimal("1E+5")))
                .token(member)
                .send();
        assertThat(byNumber.status()).as(byNumber.toString()).isEqualTo(200);
        assertThat(byNumber.header("ETag")).isEqualTo(etag);
    }

    @Test
    void deletingALoanTakesItsPaymentsWithIt() throws Exception {
        String id = createLoan(member, shortLoan());
        api().post("/api/v1/emis/" + id + "/payments", Map.of("amount", "100", "paidOn", "2025-01-05"))
                .token(member)
                .send();

        assertThat(api().delete("/api/v1/emis/" + id)
                        .header("If-Match", "\"7\"")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(412);
        assertThat(api().delete("/api/v1/emis/" + id).token(member).send().status())
                .isEqualTo(204);
        assertThat(api().get("/api/v1/emis/" + id).token(member).send().status())
                .isEqualTo(404);
        assertThat(rows("emi_payments", id)).isZero();
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        String id = createLoan(member, shortLoan());
        String viewer = tokenOnClock(tenant, "VIEWER");

        assertThat(api().get("/api/v1/emis/" + id + "/schedule")
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(api().post("/api/v1/emis", homeLoan()).token(viewer).send().status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/emis/" + id + "/payments", Map.of("amount", "1", "paidOn", "2025-01-05"))
                        .token(viewer)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(rows("emi_payments", id)).isZero();
    }

    @Test
    void theSummaryTotalsActiveLoansPerCurrency() {
        createLoan(member, homeLoan());
        Map<String, Object> scooterLoan = shortLoan();
        scooterLoan.put("firstEmiDate", "2025-01-20");
        String scooter = createLoan(member, scooterLoan);
        api().post("/api/v1/emis/" + scooter + "/payments", Map.of("amount", "8791.59", "paidOn", "2025-01-05"))
                .token(member)
                .send();
        Map<String, Object> euro = shortLoan();
        euro.put("currency", "EUR");
        euro.put("principal", "12000");
        createLoan(member, euro);

        Api.Reply summary = api().get("/api/v1/emis/summary").token(member).send();

        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().at("/currencies").size()).isEqualTo(2);
        assertThat(summary.field("/currencies/0/currency")).isEqualTo("EUR");
        assertThat(summary.field("/currencies/1/currency")).isEqualTo("INR");
        assertThat(summary.field("/currencies/1/activeLoans")).isEqualTo("2");
        // 1,000,000 untouched + 100,000 less the first instalment's principal (8791.59 − 833.33 interest).
        assertThat(summary.field("/currencies/1/outstandingPrincipal")).isEqualTo("1092041.74");
        assertThat(summary.field("/currencies/1/interestPaid")).isEqualTo("833.33");
        assertThat(summary.field("/currencies/1/loans/0/nextDueDate")).isEqualTo("2025-02-05");
        assertThat(summary.field("/currencies/1/loans/0/nextDueAmount")).isEqualTo("8678.23");
    }
}
