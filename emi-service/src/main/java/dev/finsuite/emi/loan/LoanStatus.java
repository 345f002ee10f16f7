package dev.finsuite.emi.loan;

public enum LoanStatus {
    ACTIVE,
    CLOSED
}
