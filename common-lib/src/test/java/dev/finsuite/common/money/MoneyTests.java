package dev.finsuite.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MoneyTests {

    private static final Currency EUR = new Currency("EUR", 2, true, true);
    private static final Currency JPY = new Currency("JPY", 0, true, true);
    private static final Currency BHD = new Currency("BHD", 3, true, true);

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    @Test
    void arithmeticIsExact() {
        assertThat(eur("0.1").plus(eur("0.2")).amount()).isEqualByComparingTo("0.3");
        assertThat(eur("100").minus(eur("0.01")).amount()).isEqualByComparingTo("99.99");
        assertThat(eur("107.5").times(new BigDecimal("300")).amount()).isEqualByComparingTo("32250");
        assertThat(eur("12.34").negated().amount()).isEqualByComparingTo("-12.34");
    }

    @Test
    void roundsHalfUpToTheCurrencysMinorUnitsOnlyWhenShown() {
        Money third = eur("10").times(new BigDecimal("0.3333333"));
        assertThat(third.amount()).isEqualByComparingTo("3.333333");
        assertThat(third.shown().amount()).isEqualTo(new BigDecimal("3.33"));
        assertThat(eur("2.345").shownAmount()).isEqualTo(new BigDecimal("2.35"));
        assertThat(eur("-2.345").shownAmount()).isEqualTo(new BigDecimal("-2.35"));
        assertThat(new Money(new BigDecimal("1234.5"), JPY).shownAmount()).isEqualTo(new BigDecimal("1235"));
        assertThat(new Money(new BigDecimal("1.2345"), BHD).shownAmount()).isEqualTo(new BigDecimal("1.235"));
    }

    @Test
    void refusesToMixCurrencies() {
        Money yen = new Money(BigDecimal.ONE, JPY);
        assertThatThrownBy(() -> eur("1").plus(yen))
                .isInstanceOf(Money.CurrencyMismatch.class)
                .hasMessageContaining("1 EUR")
                .hasMessageContaining("1 JPY");
        assertThatThrownBy(() -> eur("1").compareTo(yen)).isInstanceOf(Money.CurrencyMismatch.class);
    }

    @Test
    void equalMeansTheSameNumberInTheSameCurrency() {
        assertThat(eur("12.5")).isEqualTo(eur("12.50")).hasSameHashCodeAs(eur("12.50"));
        assertThat(eur("0")).isEqualTo(eur("0.00")).hasSameHashCodeAs(eur("0.00"));
        assertThat(eur("1")).isNotEqualTo(new Money(BigDecimal.ONE, JPY));
    }

    @Test
    void knowsWhetherAnAmountCanBePaid() {
        assertThat(eur("12.50").fitsMinorUnits()).isTrue();
        assertThat(eur("12.500").fitsMinorUnits()).isTrue();
        assertThat(eur("12.505").fitsMinorUnits()).isFalse();
        assertThat(new Money(new BigDecimal("1.5"), JPY).fitsMinorUnits()).isFalse();
    }

    @Test
    void nestedInJsonItIsTheConventionsPair() {
        JsonMapper json =
                JsonMapper.builder().addModule(DecimalStrings.module()).build();
        assertThat(json.writeValueAsString(eur("1250.50"))).isEqualTo("{\"amount\":\"1250.50\",\"currency\":\"EUR\"}");
        assertThat(json.writeValueAsString(eur("1E+3"))).isEqualTo("{\"amount\":\"1000\",\"currency\":\"EUR\"}");
    }
}
