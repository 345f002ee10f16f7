package dev.finsuite.finance.recurring;

public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY,
    YEARLY
}
