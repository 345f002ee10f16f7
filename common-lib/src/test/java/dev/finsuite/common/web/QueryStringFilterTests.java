package dev.finsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringFilterTests {

    @ParameterizedTest
    @ValueSource(strings = {"x=%FF", "x=%C3%28", "x=%C0%80", "x=%ED%A0%80", "x=%C3", "x=%", "x=%G1", "x=%2", "é=1"})
    void refusesWhatIsNotPercentEncodedUtf8(String query) {
        assertThat(QueryStringFilter.isWellFormed(query)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x=1", "q=caf%C3%A9&tag=%E2%82%AC", "sort=date,desc", "x=%F0%9F%92%B0", "a=+b"})
    void passesWellFormedQueries(String query) {
        assertThat(QueryStringFilter.isWellFormed(query)).isTrue();
    }
}
