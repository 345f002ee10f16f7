package dev.finsuite.emi.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.emi.EmiTest;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is a 4xx problem naming what was wrong, and nothing is written. */
class ValidationTests extends EmiTest {

    private UUID tenant;
    private String member;

    @BeforeEach
    void tenant() throws Exception {
        tenant = newTenant();
        member = TestTokens.access(tenant, "MEMBER");
    }

    static Stream<Arguments> badLoans() {
        return Stream.of(
                bad("principal", loan -> loan.put("principal", "0")),
                bad("principal", loan -> loan.put("principal", "-1000")),
                bad("principal", loan -> loan.put("principal", "1000.123")),
                bad("principal", loan -> {
                    loan.put("currency", "JPY");
                    loan.put("principal", "1000.5");
                }),
                bad("annualRate", loan -> loan.put("annualRate", "-0.01")),
                bad("annualRate", loan -> loan.put("annualRate", "100.01")),
                bad("annualRate", loan -> loan.put("annualRate", "8.12345")),
                bad("tenureMonths", loan -> loan.put("tenureMonths", 0)),
                bad("tenureMonths", loan -> loan.put("tenureMonths", 601)),
                bad("tenureMonths", loan -> loan.put("tenureMonths", 1.5)),
                bad("tenureMonths", loan -> loan.put("tenureMonths", "")),
                bad("firstEmiDate", loan -> loan.put("firstEmiDate", 20250205)),
                bad("firstEmiDate", loan -> loan.put("firstEmiDate", "2025-01-09")),
                bad("currency", loan -> loan.put("currency", "XYZ")),
                bad("currency", loan -> loan.put("currency", "BGN")),
                bad("name", loan -> loan.put("name", " ")),
                bad("name", loan -> loan.put("name", "x".repeat(121))),
                bad("metadata", loan -> loan.put("metadata", java.util.List.of(1, 2))),
                bad("metadata", loan -> loan.put("metadata", "text")));
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> loan = homeLoan();
        change.accept(loan);
        return Arguments.of(field, loan);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badLoans")
    void aBadLoanIsRefusedAndNothingWritten(String field, Map<String, Object> loan) throws Exception {
        Api.Reply refused = api().post("/api/v1/emis", loan).token(member).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.field("/code")).isEqualTo("validation_failed");
        assertThat(refused.json().at("/errors").toString()).contains("\"" + field + "\"");
        assertThat(count("select count(*) from emi_loans where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    @Test
    void malformedJsonAndWrongTypesAre400() throws Exception {
        assertThat(api().post("/api/v1/emis", "{\"name\": ")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        Map<String, Object> loan = homeLoan();
        loan.put("loanType", "YACHT");
        assertThat(api().post("/api/v1/emis", loan).token(member).send().status())
                .isEqualTo(400);
        loan = homeLoan();
        loan.put("disbursalDate", "2025-02-30");
        assertThat(api().post("/api/v1/emis", loan).token(member).send().status())
                .isEqualTo(400);
        loan = homeLoan();
        loan.put("disbursalDate", "+999999999-12-31");
        loan.put("firstEmiDate", "+999999999-12-31");
        Api.Reply farFuture = api().post("/api/v1/emis", loan).token(member).send();
        assertThat(farFuture.status()).as(farFuture.toString()).isEqualTo(400);
        assertThat(count("select count(*) from emi_loans where tenant_id = '" + tenant + "'"))
                .isZero();
    }

    @Test
    void aPrepaymentAboveTheBalanceIs422AndNothingWritten() throws Exception {
        String id = createLoan(member, shortLoan());

        Api.Reply refused = api().post(
                        "/api/v1/emis/" + id + "/prepayments",
                        Map.of("amount", "100000.01", "date", "2024-12-20", "strategy", "REDUCE_TENURE"))
                .token(member)
                .send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.field("/code")).isEqualTo("prepayment_exceeds_balance");
        assertThat(rows("emi_prepayments", id)).isZero();
        assertThat(api().get("/api/v1/emis/" + id).token(member).send().field("/status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void badPaymentsAndPrepaymentsAreRefused() throws Exception {
        String id = createLoan(member, shortLoan());
        String payments = "/api/v1/emis/" + id + "/payments";

        assertThat(api().post(payments, Map.of("amount", "0", "paidOn", "2025-01-05"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post(payments, Map.of("amount", "-5", "paidOn", "2025-01-05"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post(payments, Map.of("amount", "5", "paidOn", "2999-01-05"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post(payments, Map.of("amount", "5", "paidOn", "2024-11-30"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post(payments, Map.of("amount", "5", "paidOn", "2025-01-05", "instalmentNumber", 13))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post(
                                "/api/v1/emis/" + id + "/prepayments",
                                Map.of("amount", "10", "date", "2025-01-05", "strategy", "SKIP_A_MONTH"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().post(
                                "/api/v1/emis/" + id + "/rate-changes",
                                Map.of("annualRate", "101", "effectiveFrom", "2025-06-01", "strategy", "REDUCE_EMI"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(rows("emi_payments", id) + rows("emi_prepayments", id) + rows("emi_rate_changes", id))
                .isZero();
    }
}
