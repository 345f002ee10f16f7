package dev.finsuite.finance.entry;

/** How money was paid or received. */
public enum PaymentMethod {
    CASH,
    CARD,
    BANK_TRANSFER,
    UPI,
    WALLET,
    CHEQUE,
    OTHER
}
