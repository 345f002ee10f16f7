package dev.finsuite.emi.loan;

public enum InstalmentStatus {
    PAID,
    PARTIAL,
    DUE,
    OVERDUE
}
