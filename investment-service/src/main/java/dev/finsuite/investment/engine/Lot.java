package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Units still held from one acquisition, in today's units (10 decimals), with their remaining cost (buy fee
 * included pro rata). Under AVERAGE there is one pooled lot, dated when the position last opened.
 */
public record Lot(LocalDate acquired, BigDecimal quantity, BigDecimal cost) {}
