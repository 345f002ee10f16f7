package dev.finsuite.investment.engine;

import java.util.Objects;

/** From {@code exDate} on (applied at the open of the ex-date), one unit becomes numerator/denominator units. */
public record Split(java.time.LocalDate exDate, int numerator, int denominator) {

    public Split {
        Objects.requireNonNull(exDate, "exDate");
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException(
                    "A split's numerator and denominator are positive: " + numerator + "/" + denominator);
        }
    }
}
