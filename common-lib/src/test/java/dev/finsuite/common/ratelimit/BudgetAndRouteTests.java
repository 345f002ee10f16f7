package dev.finsuite.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Budgets as operators write them, and which budget a route draws on. */
class BudgetAndRouteTests {

    @Test
    void budgetsReadAsRequestsPerPeriod() {
        assertThat(Budget.parse("600/min")).isEqualTo(new Budget(600, Duration.ofMinutes(1)));
        assertThat(Budget.parse("10 / s")).isEqualTo(new Budget(10, Duration.ofSeconds(1)));
        assertThat(Budget.parse("5000/h").windowSeconds()).isEqualTo(3600);
        assertThat(Budget.parse("100/30s")).isEqualTo(new Budget(100, Duration.ofSeconds(30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"600", "0/min", "-1/min", "many/min", "10/0s", "10/fortnight"})
    void aBudgetThatMeansNothingStopsTheServiceFromStarting(String text) {
        assertThatThrownBy(() -> Budget.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void routesAreSortedIntoTheirClasses() {
        RouteClassifier classifier = new RouteClassifier(
                List.of("POST /api/v1/exports/**", "GET /api/v1/reports/**"),
                List.of("POST /api/v1/**/import", "POST /api/v1/**/import/**"));

        assertThat(classifier.classify("GET", "/api/v1/expenses")).isEqualTo(RouteClass.READS);
        assertThat(classifier.classify("HEAD", "/api/v1/expenses")).isEqualTo(RouteClass.READS);
        assertThat(classifier.classify("PATCH", "/api/v1/expenses/1")).isEqualTo(RouteClass.WRITES);
        assertThat(classifier.classify("POST", "/api/v1/exports/expenses/jobs")).isEqualTo(RouteClass.EXPORTS);
        assertThat(classifier.classify("GET", "/api/v1/exports/jobs/1")).isEqualTo(RouteClass.READS);
        assertThat(classifier.classify("GET", "/api/v1/reports/net-worth")).isEqualTo(RouteClass.EXPORTS);
        assertThat(classifier.classify("POST", "/api/v1/investments/import")).isEqualTo(RouteClass.IMPORTS);
    }

    @Test
    void everyClassNeedsABudgetForUsersAndTenants() {
        RateLimitProperties missing = new RateLimitProperties(
                true,
                Duration.ofMillis(100),
                Duration.ofSeconds(1),
                java.util.Map.of("reads", "1/s"),
                java.util.Map.of(),
                List.of(),
                List.of());

        assertThatThrownBy(missing::userBudgets).hasMessageContaining("finsuite.rate-limits.user.writes");
    }
}
