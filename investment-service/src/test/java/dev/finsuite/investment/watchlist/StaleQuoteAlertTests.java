package dev.finsuite.investment.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An alert never fires on a stale quote: an old price kept while the provider fails is no crossing now. */
class StaleQuoteAlertTests extends WatchlistTest {

    @Autowired
    AlertEvaluation evaluation;

    @Test
    void aStaleQuoteFiresNothingAndTheFreshOneFires() throws Exception {
        UUID tenant = newTenant();
        String token = member(tenant);
        String symbol = symbol("ST");
        MARKET.staleQuote(symbol, "150", "USD");
        String alert = addAlert(token, watch(token, symbol), "ABOVE", "100");

        AlertEvaluation.Result onStale = evaluation.evaluate(tenant);

        assertThat(onStale.alertsFired()).isZero();
        assertThat(api().get("/api/v1/watchlist/alerts/" + alert)
                        .token(token)
                        .send()
                        .field("/state"))
                .isEqualTo("ARMED");
        assertThat(rows("investment_alert_events", tenant)).isZero();

        MARKET.quote(symbol, "150", "USD");
        assertThat(evaluation.evaluate(tenant).alertsFired()).isEqualTo(1);
    }
}
