package dev.finsuite.emi.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Something that re-projects a loan from some instalment on: a prepayment or a change of rate. */
public sealed interface Adjustment permits Adjustment.Prepayment, Adjustment.RateChange {

    LocalDate date();

    Strategy strategy();

    /** Whether this adjustment is in force for the instalment due on {@code dueDate}. */
    boolean appliesTo(LocalDate dueDate);

    /**
     * Money paid towards the principal beyond the instalments. It lowers the balance of the first instalment due
     * after its date; a prepayment on a due date comes after that day's instalment.
     */
    record Prepayment(LocalDate date, BigDecimal amount, Strategy strategy) implements Adjustment {
        @Override
        public boolean appliesTo(LocalDate dueDate) {
            return date.isBefore(dueDate);
        }
    }

    /** A floating rate moving: the new rate prices every instalment due on or after {@code date}. */
    record RateChange(LocalDate date, BigDecimal annualRate, Strategy strategy) implements Adjustment {
        @Override
        public boolean appliesTo(LocalDate dueDate) {
            return !date.isAfter(dueDate);
        }
    }
}
