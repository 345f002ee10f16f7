package dev.finsuite.emi.loan;

public enum LoanType {
    HOME,
    CAR,
    PERSONAL,
    EDUCATION,
    GOLD,
    OTHER
}
