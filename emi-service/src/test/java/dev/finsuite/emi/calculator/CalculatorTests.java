package dev.finsuite.emi.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.emi.EmiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalculatorTests extends EmiTest {

    private final String viewer = TestTokens.access(UUID.randomUUID(), "VIEWER");

    @Test
    void computesTheEmiTotalsAndScheduleOfAnUnstoredLoan() {
        Api.Reply reply = api().get("/api/v1/emi-calculator?principal=100000&annualRate=10&tenureMonths=12"
                        + "&currency=INR&firstEmiDate=2027-01-31")
                .token(viewer)
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.field("/emi")).isEqualTo("8791.59");
        assertThat(reply.field("/totalInterest")).isEqualTo("5499.05");
        assertThat(reply.field("/totalPayable")).isEqualTo("105499.05");
        assertThat(reply.json().at("/instalments").size()).isEqualTo(12);
        assertThat(reply.field("/instalments/1/dueDate")).isEqualTo("2027-02-28");
        assertThat(reply.field("/instalments/2/dueDate")).isEqualTo("2027-03-31");
        assertThat(reply.field("/instalments/11/closingBalance")).isEqualTo("0.00");
        assertThat(reply.field("/endDate")).isEqualTo("2027-12-31");
    }

    @Test
    void aRateOrPrincipalOfHugeScaleIsA400NamingIt() {
        for (String bad : List.of(
                "principal=100000&annualRate=1E-300000000",
                "principal=1E%2B300000000&annualRate=10",
                "principal=100000&annualRate=0.000000000000000000001")) {
            Api.Reply reply = api().get("/api/v1/emi-calculator?" + bad + "&tenureMonths=600&currency=INR")
                    .token(viewer)
                    .send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().at("/errors/0/field").asString()).isIn("principal", "annualRate");
        }
    }

    @Test
    void usesTheCurrencysMinorUnits() {
        Api.Reply yen = api().get(
                        "/api/v1/emi-calculator?principal=3000000&annualRate=1.5&tenureMonths=60&currency=JPY")
                .token(viewer)
                .send();

        assertThat(yen.field("/emi")).doesNotContain(".");
        assertThat(yen.field("/instalments/59/closingBalance")).isEqualTo("0");
    }

    @Test
    void badQueriesAre400() {
        for (String query : new String[] {
            "principal=0&annualRate=10&tenureMonths=12&currency=INR",
            "principal=-5&annualRate=10&tenureMonths=12&currency=INR",
            "principal=1000&annualRate=-1&tenureMonths=12&currency=INR",
            "principal=1000&annualRate=100.5&tenureMonths=12&currency=INR",
            "principal=1000&annualRate=10&tenureMonths=0&currency=INR",
            "principal=1000&annualRate=10&tenureMonths=601&currency=INR",
            "principal=1000&annualRate=10&tenureMonths=12&currency=XXX1",
            "principal=abc&annualRate=10&tenureMonths=12&currency=INR",
            "annualRate=10&tenureMonths=12&currency=INR",
            "principal=1000&annualRate=10&tenureMonths=12&currency=INR&firstEmiDate=%2B999999999-12-31"
        }) {
            Api.Reply reply =
                    api().get("/api/v1/emi-calculator?" + query).token(viewer).send();
            assertThat(reply.status()).as(query + " -> " + reply).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        Api.Reply nothing = api().get("/api/v1/emi-calculator?principal=100&annualRate=0&tenureMonths=600&currency=JPY")
                .token(viewer)
                .send();
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.field("/code")).isEqualTo("emi_rounds_to_zero");
    }
}
