package dev.finsuite.emi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.AuditRows;
import dev.finsuite.common.testsupport.AuditRows.Row;
import dev.finsuite.common.testsupport.AuditedLifecycle;
import dev.finsuite.common.testsupport.Caller;
import dev.finsuite.emi.EmiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Loans, their payments, prepayments and rate changes each leave an audit row in the transaction that made them. */
class AuditTrailTests extends EmiTest {

    @Autowired
    DataSource dataSource;

    Caller caller;

    @BeforeEach
    void borrower() throws Exception {
        caller = Caller.member(newTenant());
    }

    @Test
    void aLoanCreatedChangedAndDeletedLeavesWhoWhatBeforeAfterAndTheRequestId() throws Exception {
        var lifecycle = new AuditedLifecycle(api(), caller.token(), "/api/v1/emis", "loan");
        UUID loan = lifecycle.createChangeDelete(homeLoan(), Map.of("principal", "1200000.50"));

        List<Row> rows = lifecycle.trail("loan", loan, caller.tenant(), caller.user(), "emi-service");
        assertThat(rows.get(0).before()).isNull();
        assertThat(amount(rows.get(0).after(), "/principal")).isEqualByComparingTo("1000000");
        assertThat(amount(rows.get(1).before(), "/principal")).isEqualByComparingTo("1000000");
        assertThat(amount(rows.get(1).after(), "/principal")).isEqualByComparingTo("1200000.50");
        assertThat(amount(rows.get(2).before(), "/principal")).isEqualByComparingTo("1200000.50");
        assertThat(rows.get(2).after()).isNull();
    }

    @Test
    void paymentsPrepaymentsAndRateChangesAreAudited() throws Exception {
        String loan = createLoan(caller.token(), homeLoan());
        UUID payment = new AuditedLifecycle(api(), caller.token(), "/api/v1/emis/" + loan + "/payments", "pay")
                .createThenDelete(Map.of("amount", "8678.23", "paidOn", "2025-02-05"), "/id");
        Api.Reply prepaid = api().post(
                        "/api/v1/emis/" + loan + "/prepayments",
                        Map.of("amount", "200000", "date", "2025-03-01", "strategy", "REDUCE_TENURE"))
                .token(caller.token())
                .send();
        assertThat(prepaid.status()).as(prepaid.toString()).isEqualTo(201);
        Api.Reply rate = api().post(
                        "/api/v1/emis/" + loan + "/rate-changes",
                        Map.of("annualRate", "9.25", "effectiveFrom", "2025-04-01", "strategy", "REDUCE_EMI"))
                .token(caller.token())
                .send();
        assertThat(rate.status()).as(rate.toString()).isEqualTo(201);

        List<Row> payments = AuditRows.of("loan_payment", payment);
        assertThat(payments).extracting(Row::action).containsExactly("CREATE", "DELETE");
        assertThat(payments).extracting(Row::requestId).containsExactly("pay-create", "pay-delete");
        assertThat(amount(payments.get(0).after(), "/amount")).isEqualByComparingTo("8678.23");
        assertThat(amount(payments.get(1).before(), "/amount")).isEqualByComparingTo("8678.23");
        List<Row> prepayments = AuditRows.of("loan_prepayment", id(prepaid));
        assertThat(prepayments)
                .singleElement()
                .satisfies(row -> assertThat(amount(row.after(), "/amount")).isEqualByComparingTo("200000"));
        List<Row> rates = AuditRows.of("loan_rate_change", id(rate));
        assertThat(rates)
                .singleElement()
                .satisfies(row -> assertThat(amount(row.after(), "/annualRate")).isEqualByComparingTo("9.25"));
    }

    @Test
    void aFailedRequestLeavesNoAuditRow() throws Exception {
        String loan = createLoan(caller.token(), shortLoan());
        Api.Reply over = api().post(
                        "/api/v1/emis/" + loan + "/payments", Map.of("amount", "9000", "paidOn", "2025-01-05"))
                .token(caller.token())
                .send();
        assertThat(over.status()).isEqualTo(422);
        Api.Reply stale = api().patch("/api/v1/emis/" + loan, Map.of("name", "Late edit"))
                .token(caller.token())
                .header("If-Match", "\"5\"")
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(AuditRows.ofTenant(caller.tenant()))
                .extracting(Row::entityType)
                .containsExactly("loan");
    }

    @Test
    void theServicesRoleCanNeitherChangeNorRemoveAnAuditRow() throws Exception {
        createLoan(caller.token(), shortLoan());
        AuditRows.assertUnchangeableThrough(dataSource);
        assertThat(AuditRows.ofTenant(caller.tenant())).hasSize(1);
    }

    private static UUID id(Api.Reply created) {
        String location = created.header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static BigDecimal amount(JsonNode snapshot, String pointer) {
        return new BigDecimal(snapshot.at(pointer).asString());
    }
}
