package dev.finsuite.finance.debt;

/** BORROWED: you owe the counterparty. LENT: the counterparty owes you. */
public enum Direction {
    BORROWED,
    LENT
}
