package dev.finsuite.emi.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment as the API shows it; {@code paid} and {@code status} appear only for a stored loan. */
public record InstalmentView(
        @Schema(example = "1") int number,
        @Schema(example = "2026-02-05") LocalDate dueDate,
        @Schema(example = "1000000.00") BigDecimal openingBalance,

        @Schema(example = "0.00", description = "Prepaid since the previous instalment, before this opening balance")
        BigDecimal prepaid,

        @Schema(example = "8678.23", description = "The instalment due: the EMI, or what is left for the last one")
        BigDecimal emi,

        @Schema(example = "7083.33") BigDecimal interest,
        @Schema(example = "1594.90") BigDecimal principal,
        @Schema(example = "998405.10") BigDecimal closingBalance,
        @Schema(example = "8.5") BigDecimal annualRate,
        @Schema(example = "8678.23") BigDecimal paid,

        @Schema(
                example = "PAID",
                allowableValues = {"PAID", "PARTIAL", "DUE", "OVERDUE"},
                description = "OVERDUE once the due date passed unpaid in full (see paid); PARTIAL only before it")
        String status) {

    public static InstalmentView of(Instalment instalment) {
        return of(instalment, null, null);
    }

    public static InstalmentView of(Instalment i, BigDecimal paid, String status) {
        return new InstalmentView(
                i.number(),
                i.dueDate(),
                i.openingBalance(),
                i.prepaid(),
                i.amount(),
                i.interest(),
                i.principal(),
                i.closingBalance(),
                i.annualRate().stripTrailingZeros(),
                paid,
                status);
    }
}
