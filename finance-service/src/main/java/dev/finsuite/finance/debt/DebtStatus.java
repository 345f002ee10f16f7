package dev.finsuite.finance.debt;

/** SETTLED once nothing is outstanding; OVERDUE when its due date has passed with money still owed; else OPEN. */
public enum DebtStatus {
    OPEN,
    SETTLED,
    OVERDUE
}
