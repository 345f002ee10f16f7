package dev.finsuite.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The metric-name finder the dashboard check relies on, on the shapes of expression we write. */
class PromQlTests {

    @Test
    void findsMetricNamesButNotFunctionsLabelsRangesOrKeywords() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (job, le) (rate("
                        + "http_server_requests_seconds_bucket{uri!~\"/actuator.*\", job=\"x\"}[5m])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQl.metricNames("job:a:ratio > 0.05 and on (job) b_total offset 5m unless c"))
                .containsExactly("b_total", "c", "job:a:ratio");
        assertThat(PromQl.metricNames("time() - max by (provider) (x_seconds{provider=\"ecb\"}) > 5 * 86400"))
                .containsExactly("x_seconds");
        assertThat(PromQl.metricNames("30e9 - up")).containsExactly("up");
    }

    @Test
    void grafanaVariablesGetValuesADashboardWouldSendAndAnUnknownOneIsAnError() {
        assertThat(PromQl.withVariables(
                        "rate(x_total{job=\"$job\"}[$__rate_interval]) / on (job) y{job=\"${service}\"}"))
                .isEqualTo("rate(x_total{job=\"finance-service\"}[1m]) / on (job) y{job=\"finance-service\"}");
        assertThat(PromQl.withVariables("increase(x_total[$__range]) and z{a=~\"b.*$\"}"))
                .isEqualTo("increase(x_total[1h]) and z{a=~\"b.*$\"}");
        assertThatThrownBy(() -> PromQl.withVariables("x{instance=\"$instance\"}"))
                .hasMessageContaining("$instance");
        assertThatThrownBy(() -> PromQl.withVariables("x{job=\"$jobs\"}")).hasMessageContaining("$jobs");
    }
}
