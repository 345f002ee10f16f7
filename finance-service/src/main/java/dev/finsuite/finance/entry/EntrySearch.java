package dev.finsuite.finance.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A list's narrowing as asked for; every part is optional, and {@link Entries#search} resolves it. */
record EntrySearch(
        LocalDate from,
        LocalDate to,
        UUID categoryId,
        String tag,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        String currency,
        String q) {}
