package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A dated flow from the investor's side: money in negative, money out (and the final value) positive. */
public record CashFlow(LocalDate date, BigDecimal amount) {

    public CashFlow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
