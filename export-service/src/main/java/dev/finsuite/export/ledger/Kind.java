package dev.finsuite.export.ledger;

/** finance_entries.kind. */
public enum Kind {
    INCOME,
    EXPENSE
}
