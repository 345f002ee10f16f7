package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line per sale (AVERAGE) or per sale and lot consumed (FIFO), for tax returns. {@code quantity} is in the
 * sale's own units (as on its ledger row), 10 decimals. Under FIFO the sale's proceeds and fee are shared among its
 * lines in proportion to quantity, the last line taking the remainder, so the lines add up to the sale exactly;
 * {@code gain = proceeds − costBasis − fee}.
 */
public record Realisation(
        UUID saleId,
        LocalDate date,
        LocalDate acquired,
        BigDecimal quantity,
        BigDecimal proceeds,
        BigDecimal costBasis,
        BigDecimal fee,
        BigDecimal gain) {}
