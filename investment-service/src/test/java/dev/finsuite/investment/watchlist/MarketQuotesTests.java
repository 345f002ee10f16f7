package dev.finsuite.investment.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.investment.InvestmentTest;
import dev.finsuite.investment.market.DataSource;
import dev.finsuite.investment.market.History;
import dev.finsuite.investment.market.MarketQuotes;
import dev.finsuite.investment.market.Quote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The market-service client against the fake: answers parsed exactly, every failure an empty answer. */
class MarketQuotesTests extends InvestmentTest {

    @Autowired
    MarketQuotes quotes;

    @Test
    void readsALatestQuoteWithAJobsReaderTokenOutsideARequest() {
        MARKET.quote("MQA", "185.6400", "USD");

        Quote quote = quotes.latest(UUID.randomUUID(), "MQA", DataSource.STOOQ).orElseThrow();

        assertThat(quote.price()).isEqualByComparingTo(new BigDecimal("185.64"));
        assertThat(quote.currency()).isEqualTo("USD");
        assertThat(quote.asOf()).isNotNull();
        assertThat(quote.stale()).isFalse();
        assertThat(MARKET.lastHeader("/api/v1/quotes/MQA", "Authorization")).startsWith("Bearer ");
    }

    @Test
    void readsHistoryAscendingAndFindsThePreviousClose() {
        MARKET.quote("MQH", "190", "USD").history("MQH", "2024-01-03", "184.25", "2024-01-02", "185.64");

        History history = quotes.history(
                        UUID.randomUUID(),
                        "MQH",
                        DataSource.STOOQ,
                        LocalDate.parse("2024-01-02"),
                        LocalDate.parse("2024-01-03"))
                .orElseThrow();

        assertThat(history.closes())
                .extracting(History.Close::date)
                .containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-03"));
        assertThat(history.closeBefore(LocalDate.parse("2024-01-03"))
                        .orElseThrow()
                        .close())
                .isEqualByComparingTo("185.64");
    }

    @Test
    void anyFailureIsAnEmptyAnswerAndManualIsNeverAsked() {
        MARKET.quote("MQF", "1", "USD").failing("MQF");
        UUID tenant = UUID.randomUUID();

        assertThat(quotes.latest(tenant, "MQF", DataSource.COINGECKO)).isEmpty();
        assertThat(quotes.latest(tenant, "MQ-UNKNOWN", DataSource.STOOQ)).isEmpty();
        assertThat(quotes.history(tenant, "MQ-UNKNOWN", DataSource.STOOQ, LocalDate.now(), LocalDate.now()))
                .isEmpty();
        assertThat(quotes.latest(tenant, "MQM", DataSource.MANUAL)).isEmpty();
        assertThat(MARKET.requests("/api/v1/quotes/MQM")).isZero();

        MARKET.down();
        try {
            MARKET.quote("MQD", "2", "USD");
            assertThat(quotes.latest(tenant, "MQD", DataSource.STOOQ)).isEmpty();
        } finally {
            MARKET.up();
        }
        assertThat(quotes.latest(tenant, "MQD", DataSource.STOOQ)).isPresent();
    }
}
