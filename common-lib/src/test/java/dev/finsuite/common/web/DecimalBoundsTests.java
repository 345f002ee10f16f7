package dev.finsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalBoundsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1E-300000000",
                "1E+300000000",
                "0.000000000000000000001",
                "1234567890123456789012345",
                "ten",
                "",
                "1.2.3",
                "NaN"
            })
    void refusesWhatIsNotADecimalWithinTheBounds(String text) {
        assertThatThrownBy(() -> DecimalBounds.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .matches("(must|has) .*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1250.50", "-12.50", "0.00000000000000000001", "123456789012345678901234", "1E+3"})
    void keepsDecimalsWithinTheBoundsExactly(String text) {
        assertThat(DecimalBounds.parse(text)).isEqualTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0E-300000000", "1.0000000000000000000000000"})
    void dropsOnlyTrailingZerosThatTakeAValuePastTheBounds(String text) {
        BigDecimal value = DecimalBounds.parse(text);
        assertThat(value).isEqualByComparingTo(text);
        assertThat(value.scale()).isLessThanOrEqualTo(DecimalBounds.MAX_SCALE);
    }
}
