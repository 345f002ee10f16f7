package dev.finsuite.finance.support;

/** Which way money goes: out (an expense) or in (income). Categories, entries and recurring rules each have one. */
public enum Kind {
    EXPENSE,
    INCOME
}
