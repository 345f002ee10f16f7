package dev.finsuite.market.rate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.market.MarketTest;
import dev.finsuite.market.ProviderFixtures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionTests extends MarketTest {

    private static final String DAY = "2025-05-09";
    private final String token = TestTokens.access(UUID.randomUUID(), "MEMBER");

    @BeforeEach
    void ratesOfTheFixtureDay() {
        imports.importEcb(); // history
        imports.importEcb(); // the daily file, 2025-05-09
    }

    /** Every pair of the fixture's day, against a computation of the test's own from the raw file. */
    @Test
    void everyPairOfTheDayConvertsExactly() throws Exception {
        Map<String, BigDecimal> perEuro = fixtureRates();
        assertThat(perEuro).hasSize(31);
        BigDecimal amount = new BigDecimal("1234.56");
        int checked = 0;
        for (String from : perEuro.keySet()) {
            for (String to : perEuro.keySet()) {
                Api.Reply reply = convert(from, to, "1234.56", DAY);
                BigDecimal expected = amount.multiply(perEuro.get(to))
                        .divide(perEuro.get(from), MathContext.DECIMAL128)
                        .setScale(java.util.Currency.getInstance(to).getDefaultFractionDigits(), RoundingMode.HALF_UP);

                assertThat(reply.status()).as(from + "->" + to + " " + reply).isEqualTo(200);
                assertThat(reply.field("/convertedAmount")).as(from + "->" + to).isEqualTo(expected.toPlainString());
                assertThat(reply.field("/rateDate")).isEqualTo(DAY);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(31 * 31);
    }

    /** Worked by hand (Python's decimal, 34 digits) from the fixture's USD 1.1252, INR 96.0755, JPY 163.36, GBP 0.84770. */
    @Test
    void handWorkedExamples() {
        assertThat(convert("USD", "INR", "100.00", DAY).field("/convertedAmount"))
                .isEqualTo("8538.53");
        assertThat(convert("USD", "INR", "100.00", DAY).field("/rate")).isEqualTo("85.3852648418059");
        assertThat(convert("GBP", "JPY", "250", DAY).field("/convertedAmount")).isEqualTo("48177");
        assertThat(convert("JPY", "USD", "1000", DAY).field("/convertedAmount")).isEqualTo("6.89");
    }

    @Test
    void theEcbStaysTheReferenceWhenOpenExchangeRatesHasALaterDay() throws Exception {
        try (var connection = dev.finsuite.common.testsupport.TestInfrastructure.ownerConnection();
                var statement = connection.createStatement()) {
            statement.execute("insert into exchange_rates (base, quote, rate, rate_date, source)"
                    + " values ('USD', 'EUR', 0.5, '2025-05-10', 'OXR')");
        }
        Api.Reply saturday = convert("EUR", "USD", "10", "2025-05-10");

        assertThat(saturday.field("/source")).isEqualTo("ECB");
        assertThat(saturday.field("/rateDate")).isEqualTo(DAY);
        assertThat(saturday.field("/convertedAmount")).isEqualTo("11.25");
    }

    @Test
    void aDerivedRateKeepsAtLeastTenSignificantDigits() {
        Api.Reply reply = convert("USD", "INR", "100.00", DAY);

        assertThat(reply.field("/source")).isEqualTo("ECB");
        String rate = reply.field("/rate");
        assertThat(new BigDecimal(rate).precision()).isGreaterThanOrEqualTo(10);
        assertThat(reply.json().at("/rate").isString())
                .as("money and rates are strings")
                .isTrue();
        assertThat(reply.field("/amount")).isEqualTo("100.00");
    }

    @Test
    void aWeekendFallsBackToFriday() {
        Api.Reply saturday = convert("EUR", "USD", "10", "2025-05-10");
        Api.Reply sunday = convert("EUR", "USD", "10", "2025-05-11");

        assertThat(saturday.field("/rateDate")).isEqualTo(DAY);
        assertThat(sunday.field("/rateDate")).isEqualTo(DAY);
        assertThat(saturday.field("/convertedAmount")).isEqualTo("11.25");
    }

    @Test
    void aPairWithNoRateIsNotFoundNeverOne() {
        Api.Reply noProvider = convert("USD", "AED", "10", DAY);
        Api.Reply tooOld = convert("EUR", "USD", "10", "2025-06-30");

        assertThat(noProvider.status()).isEqualTo(404);
        assertThat(noProvider.field("/code")).isEqualTo("rate_not_found");
        assertThat(tooOld.status()).isEqualTo(404);
        assertThat(tooOld.field("/code")).isEqualTo("rate_not_found");
    }

    @Test
    void aRetiredCurrencyStillConvertsItsOldAmounts() {
        Api.Reply reply = convert("BGN", "EUR", "1955.83", DAY);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("/convertedAmount")).isEqualTo("1000.02");
    }

    @Test
    void theSameCurrencyIsItself() {
        assertThat(convert("JPY", "JPY", "1500", DAY).field("/convertedAmount")).isEqualTo("1500");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown currency     | from=ABC&to=USD&amount=1              | from",
                "malformed code       | from=US&to=USD&amount=1               | from",
                "negative amount      | from=EUR&to=USD&amount=-5             | amount",
                "non-numeric amount   | from=EUR&to=USD&amount=ten            | amount",
                "absurd amount        | from=EUR&to=USD&amount=1e400          | amount",
                "future date          | from=EUR&to=USD&amount=1&date=2999-01-01 | date",
                "malformed date       | from=EUR&to=USD&amount=1&date=2025-13-45 | ",
                "the earliest LocalDate | from=EUR&to=USD&amount=1&date=-999999999-01-01 | date",
                "year zero            | from=EUR&to=USD&amount=1&date=0000-01-01 | date",
                "before the suite's range | from=EUR&to=USD&amount=1&date=1899-12-31 | date",
                "missing amount       | from=EUR&to=USD                       | "
            })
    void badInputIsAProblem(String what, String query, String field) throws Exception {
        long before = count("select count(*) from exchange_rates");
        Api.Reply reply = api().get("/api/v1/conversions?" + query).token(token).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().at("/errors").findValuesAsString("field")).contains(field);
        }
        assertThat(count("select count(*) from exchange_rates")).isEqualTo(before);
    }

    /** One accepted date range for the suite: outside it, every rate endpoint answers 400 naming the date. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/exchange-rates/latest?base=USD&symbols=INR&date=-999999999-01-01 | date",
                "/api/v1/exchange-rates/latest?base=USD&symbols=INR&date=0000-01-01       | date",
                "/api/v1/exchange-rates?base=EUR&quote=USD&from=-999999999-01-01&to=2017-03-31 | from",
                "/api/v1/exchange-rates?base=EUR&quote=USD&from=2017-01-01&to=+999999999-12-31 | to",
                "/api/v1/exchange-rates?base=EUR&quote=USD&from=0000-01-01&to=2017-03-31 | from"
            })
    void aDateOutsideTheSuitesRangeIsA400NamingIt(String path, String field) {
        Api.Reply reply = api().get(path.replace("+", "%2B")).token(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().at("/errors").findValuesAsString("field")).containsExactly(field);
    }

    @Test
    void latestAndHistoryShowTheStoredRates() {
        Api.Reply latest = api().get("/api/v1/exchange-rates/latest?base=USD&symbols=INR,EUR,AED&date=" + DAY)
                .token(token)
                .send();
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.field("/rates/EUR/rateDate")).isEqualTo(DAY);
        assertThat(latest.json().at("/rates/AED").isMissingNode())
                .as("no rate, left out")
                .isTrue();

        Api.Reply history = api().get("/api/v1/exchange-rates?base=EUR&quote=USD&from=2017-01-01&to=2017-03-31&size=10")
                .token(token)
                .send();
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().at("/items")).hasSize(10);
        assertThat(history.field("/items/0/rateDate")).isEqualTo("2017-03-03");
        assertThat(history.field("/items/0/rate")).isEqualTo("1.0565");
        assertThat(history.json().at("/totalItems").asInt()).isPositive();
    }

    private Api.Reply convert(String from, String to, String amount, String date) {
        return api().get("/api/v1/conversions?from=" + from + "&to=" + to + "&amount=" + amount + "&date=" + date)
                .token(token)
                .send();
    }

    /** Straight from the fixture file, by a pattern of the test's own: EUR per EUR is 1. */
    private static Map<String, BigDecimal> fixtureRates() throws Exception {
        String xml = Files.readString(ProviderFixtures.FIXTURES.resolve("fx/ecb-eurofxref-daily.sample.xml"));
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("EUR", BigDecimal.ONE);
        Matcher matcher =
                Pattern.compile("currency='([A-Z]{3})' rate='([0-9.]+)'").matcher(xml);
        while (matcher.find()) {
            rates.put(matcher.group(1), new BigDecimal(matcher.group(2)));
        }
        return rates;
    }
}
