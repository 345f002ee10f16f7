package dev.finsuite.investment.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The alert's state machine and conditions on their own, no Spring, no database. */
class PriceAlertRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    private static PriceAlert alert(AlertCondition condition, String threshold) {
        return new PriceAlert(UUID.randomUUID(), UUID.randomUUID(), condition, new BigDecimal(threshold));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aboveAndBelowIncludeTheThresholdItself() {
        assertThat(AlertCondition.ABOVE.crossedBy(d("100.00"), null, d("100"))).isTrue();
        assertThat(AlertCondition.ABOVE.crossedBy(d("99.9999"), null, d("100"))).isFalse();
        assertThat(AlertCondition.BELOW.crossedBy(d("100"), null, d("100.0"))).isTrue();
        assertThat(AlertCondition.BELOW.crossedBy(d("100.0001"), null, d("100")))
                .isFalse();
    }

    @Test
    void movePercentMeasuresEitherWayFromThePreviousCloseAndNeedsOne() {
        assertThat(AlertCondition.MOVE_PERCENT.crossedBy(d("95"), d("100"), d("5")))
                .isTrue();
        assertThat(AlertCondition.MOVE_PERCENT.crossedBy(d("105"), d("100"), d("5")))
                .isTrue();
        assertThat(AlertCondition.MOVE_PERCENT.crossedBy(d("104.99"), d("100"), d("5")))
                .isFalse();
        assertThat(AlertCondition.MOVE_PERCENT.crossedBy(d("200"), null, d("5")))
                .isFalse();
        assertThat(AlertCondition.MOVE_PERCENT.crossedBy(d("200"), BigDecimal.ZERO, d("5")))
                .isFalse();
        assertThat(AlertCondition.movePercent(d("1"), d("3"))).isEqualByComparingTo("66.6666666667");
    }

    @Test
    void firesOnceRecordingPriceAndTimeUntilReArmed() {
        PriceAlert alert = alert(AlertCondition.ABOVE, "10");

        assertThat(alert.fire(d("9"), null, NOW)).isEmpty();
        PriceAlert.Firing firing = alert.fire(d("11"), null, NOW).orElseThrow();
        assertThat(firing.price()).isEqualByComparingTo("11");
        assertThat(firing.referencePrice()).isNull();
        assertThat(alert.getState()).isEqualTo(AlertState.TRIGGERED);
        assertThat(alert.getTriggeredPrice()).isEqualByComparingTo("11");
        assertThat(alert.getTriggeredAt()).isEqualTo(NOW);
        assertThat(alert.fire(d("12"), null, NOW)).isEmpty();

        alert.choose(AlertState.ARMED);
        assertThat(alert.getTriggeredPrice()).isNull();
        assertThat(alert.fire(d("12"), null, NOW)).isPresent();
    }

    @Test
    void aPausedAlertNeverFiresAndTriggeredIsNeverChosen() {
        PriceAlert alert = alert(AlertCondition.BELOW, "10");
        alert.choose(AlertState.PAUSED);

        assertThat(alert.fire(d("1"), null, NOW)).isEmpty();
        assertThatThrownBy(() -> alert.choose(AlertState.TRIGGERED))
                .isInstanceOf(WatchlistFailures.TriggeredIsNotChosen.class);
        assertThat(alert.getState()).isEqualTo(AlertState.PAUSED);
    }

    @Test
    void aNewThresholdReArmsAFiredAlertButLeavesAPausedOnePaused() {
        PriceAlert fired = alert(AlertCondition.MOVE_PERCENT, "5");
        assertThat(fired.fire(d("90"), d("100"), NOW).orElseThrow().referencePrice())
                .isEqualByComparingTo("100");
        fired.changeThreshold(d("15"));
        assertThat(fired.getState()).isEqualTo(AlertState.ARMED);

        PriceAlert paused = alert(AlertCondition.ABOVE, "5");
        paused.choose(AlertState.PAUSED);
        paused.changeThreshold(d("6"));
        assertThat(paused.getState()).isEqualTo(AlertState.PAUSED);
    }
}
