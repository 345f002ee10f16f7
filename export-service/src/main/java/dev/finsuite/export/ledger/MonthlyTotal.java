package dev.finsuite.export.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The entries of one kind booked to one category in one month: the exact sum of their base amounts (those
 * converted to the tenant's base currency), how many were converted, and how many still wait for a rate
 * (left out of {@code amount}).
 */
public record MonthlyTotal(
        YearMonth month, Kind kind, UUID categoryId, BigDecimal amount, long entries, long pending) {}
