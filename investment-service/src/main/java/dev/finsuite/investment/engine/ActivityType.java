package dev.finsuite.investment.engine;

/** The kinds of ledger row; only BUY, SELL and the transfers move units. */
public enum ActivityType {
    BUY,
    SELL,
    DIVIDEND,
    INTEREST,
    FEE,
    TAX,
    TRANSFER_IN,
    TRANSFER_OUT
}
