package dev.finsuite.emi.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.emi.EmiTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReprojectionTests extends EmiTest {

    private String member;
    private String loan;

    @BeforeEach
    void homeLoanWithOneYearPaid() throws Exception {
        member = TestTokens.access(newTenant(), "MEMBER");
        loan = createLoan(member, homeLoan());
        for (int month = 0; month < 12; month++) {
            String paidOn = java.time.LocalDate.of(2025, 2, 5).plusMonths(month).toString();
            Api.Reply paid = api().post(path("/payments"), Map.of("amount", "8678.23", "paidOn", paidOn))
                    .token(member)
                    .send();
            assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        }
    }

    @Test
    void whatIfShowsTheSavingAndWritesNothing() throws Exception {
        Map<String, Object> idea =
                Map.of("prepaymentAmount", "200000", "date", "2026-01-20", "strategy", "REDUCE_TENURE");

        Api.Reply whatIf = api().post(path("/what-if"), idea).token(member).send();

        assertThat(whatIf.status()).as(whatIf.toString()).isEqualTo(200);
        assertThat(whatIf.field("/effect/firstAffectedInstalment")).isEqualTo("13");
        assertThat(whatIf.field("/effect/newEmi")).isEqualTo("8678.23");
        assertThat(Integer.parseInt(whatIf.field("/effect/monthsSaved"))).isGreaterThan(50);
        assertThat(new java.math.BigDecimal(whatIf.field("/effect/interestSaved")))
                .isGreaterThan(new java.math.BigDecimal("200000"));
        assertThat(whatIf.json().at("/instalments").size())
                .isEqualTo(240 - Integer.parseInt(whatIf.field("/effect/monthsSaved")));
        assertThat(rows("emi_prepayments", loan)).isZero();
        assertThat(api().get(path("/schedule"))
                        .token(member)
                        .send()
                        .json()
                        .at("/instalments")
                        .size())
                .isEqualTo(240);
    }

    @Test
    void aReduceTenurePrepaymentShortensTheLoanExactlyAsWhatIfSaid() throws Exception {
        Map<String, Object> body = Map.of("amount", "200000", "date", "2026-01-20", "strategy", "REDUCE_TENURE");
        Api.Reply whatIf = api().post(
                        path("/what-if"),
                        Map.of("prepaymentAmount", "200000", "date", "2026-01-20", "strategy", "REDUCE_TENURE"))
                .token(member)
                .send();

        Api.Reply prepaid = api().post(path("/prepayments"), body)
                .header("Idempotency-Key", "bonus-2026")
                .token(member)
                .send();
        Api.Reply replay = api().post(path("/prepayments"), body)
                .header("Idempotency-Key", "bonus-2026")
                .token(member)
                .send();

        assertThat(prepaid.status()).as(prepaid.toString()).isEqualTo(201);
        var recordedEffect =
                (tools.jackson.databind.node.ObjectNode) prepaid.json().at("/effect");
        assertThat(recordedEffect.remove("loanStatus").asString()).isEqualTo("ACTIVE");
        assertThat(recordedEffect).isEqualTo(whatIf.json().at("/effect"));
        assertThat(replay.json()).isEqualTo(prepaid.json());
        assertThat(rows("emi_prepayments", loan)).isEqualTo(1);

        Api.Reply schedule = api().get(path("/schedule")).token(member).send();
        int length = schedule.json().at("/instalments").size();
        assertThat(length).isEqualTo(240 - Integer.parseInt(prepaid.field("/effect/monthsSaved")));
        assertThat(schedule.field("/instalments/12/prepaid")).isEqualTo("200000.00");
        assertThat(schedule.field("/instalments/0/status")).isEqualTo("PAID");
        assertThat(schedule.field("/instalments/" + (length - 1) + "/closingBalance"))
                .isEqualTo("0.00");
        assertThat(new java.math.BigDecimal(schedule.field("/instalments/" + (length - 1) + "/emi")))
                .isLessThanOrEqualTo(new java.math.BigDecimal("8678.23"));
        assertThat(schedule.field("/totals/totalPrepaid")).isEqualTo("200000.00");
        Api.Reply history = api().get(path("/prepayments")).token(member).send();
        assertThat(history.field("/totalItems")).isEqualTo("1");
        assertThat(history.field("/items/0/amount")).isEqualTo("200000.00");
        assertThat(api().get(prepaid.header("Location")).token(member).send().field("/strategy"))
                .isEqualTo("REDUCE_TENURE");
    }

    @Test
    void aReduceEmiPrepaymentKeepsTheEndDateAndEarlierInstalmentsUntouched() {
        Api.Reply before = api().get(path("/schedule")).token(member).send();

        Api.Reply prepaid = api().post(
                        path("/prepayments"),
                        Map.of("amount", "300000", "date", "2026-01-05", "strategy", "REDUCE_EMI"))
                .token(member)
                .send();

        assertThat(prepaid.status()).as(prepaid.toString()).isEqualTo(201);
        assertThat(prepaid.field("/effect/monthsSaved")).isEqualTo("0");
        assertThat(new java.math.BigDecimal(prepaid.field("/effect/newEmi")))
                .isLessThan(new java.math.BigDecimal("8678.23"));
        Api.Reply after = api().get(path("/schedule")).token(member).send();
        assertThat(after.json().at("/instalments").size()).isEqualTo(240);
        for (int i = 0; i < 12; i++) {
            assertThat(after.json().at("/instalments/" + i))
                    .isEqualTo(before.json().at("/instalments/" + i));
        }
        assertThat(after.field("/instalments/12/emi")).isEqualTo(prepaid.field("/effect/newEmi"));
        assertThat(after.field("/instalments/239/dueDate")).isEqualTo("2045-01-05");
        assertThat(after.field("/instalments/239/closingBalance")).isEqualTo("0.00");
    }

    @Test
    void prepayingTheWholeBalanceClosesTheLoan() {
        String outstanding =
                api().get("/api/v1/emis/" + loan).token(member).send().field("/outstandingPrincipal");

        Api.Reply prepaid = api().post(
                        path("/prepayments"),
                        Map.of("amount", outstanding, "date", "2026-01-06", "strategy", "REDUCE_TENURE"))
                .token(member)
                .send();

        assertThat(prepaid.status()).as(prepaid.toString()).isEqualTo(201);
        assertThat(prepaid.field("/effect/loanStatus")).isEqualTo("CLOSED");
        Api.Reply closed = api().get("/api/v1/emis/" + loan).token(member).send();
        assertThat(closed.field("/status")).isEqualTo("CLOSED");
        assertThat(closed.field("/outstandingPrincipal")).isEqualTo("0.00");
        assertThat(closed.field("/instalments")).isEqualTo("12");
    }

    @Test
    void aPrepaymentThatWouldReprojectAPaidInstalmentIs409() throws Exception {
        Api.Reply refused = api().post(
                        path("/prepayments"), Map.of("amount", "1000", "date", "2025-06-01", "strategy", "REDUCE_EMI"))
                .token(member)
                .send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("/detail")).contains("Instalment 5");
        assertThat(rows("emi_prepayments", loan)).isZero();
    }

    @Test
    void whatIfRefusesToReprojectPaidInstalmentsJustAsAPrepaymentWould() {
        Api.Reply refused = api().post(
                        path("/what-if"),
                        Map.of("prepaymentAmount", "1000", "date", "2025-06-01", "strategy", "REDUCE_EMI"))
                .token(member)
                .send();

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void aRateChangeReprojectsFromItsDateUnderEitherStrategy() throws Exception {
        Api.Reply rise = api().post(
                        path("/rate-changes"),
                        Map.of("annualRate", "9.25", "effectiveFrom", "2026-02-01", "strategy", "REDUCE_EMI"))
                .token(member)
                .send();

        assertThat(rise.status()).as(rise.toString()).isEqualTo(201);
        assertThat(rise.field("/effect/firstAffectedInstalment")).isEqualTo("13");
        assertThat(new java.math.BigDecimal(rise.field("/effect/newEmi")))
                .isGreaterThan(new java.math.BigDecimal("8678.23"));
        Api.Reply schedule = api().get(path("/schedule")).token(member).send();
        assertThat(schedule.field("/instalments/11/annualRate")).isEqualTo("8.5");
        assertThat(schedule.field("/instalments/12/annualRate")).isEqualTo("9.25");
        assertThat(schedule.json().at("/instalments").size()).isEqualTo(240);

        Api.Reply cut = api().post(
                        path("/rate-changes"),
                        Map.of("annualRate", "7.5", "effectiveFrom", "2026-03-01", "strategy", "REDUCE_TENURE"))
                .token(member)
                .send();
        assertThat(cut.status()).as(cut.toString()).isEqualTo(201);
        assertThat(Integer.parseInt(cut.field("/effect/monthsSaved"))).isPositive();
        // The instalment due next (February) is still priced at 9.25%; the cut applies from March's.
        assertThat(api().get("/api/v1/emis/" + loan).token(member).send().field("/currentRate"))
                .isEqualTo("9.25");
        assertThat(api().get(path("/schedule")).token(member).send().field("/instalments/13/annualRate"))
                .isEqualTo("7.5");
        assertThat(api().get(path("/rate-changes")).token(member).send().field("/totalItems"))
                .isEqualTo("2");
        assertThat(api().get(cut.header("Location")).token(member).send().field("/annualRate"))
                .isEqualTo("7.5");
        assertThat(rows("emi_rate_changes", loan)).isEqualTo(2);
    }

    private String path(String suffix) {
        return "/api/v1/emis/" + loan + suffix;
    }
}
