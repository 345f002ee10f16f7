package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A position at the end of one day: quantity in today's units (10 decimals), its cost basis, and net invested
 * (see {@link Timeline}). {@code flow} is that day's change of net invested, the external flow a TWR needs.
 */
public record DailyHolding(
        LocalDate date, BigDecimal quantity, BigDecimal costBasis, BigDecimal netInvested, BigDecimal flow) {}
