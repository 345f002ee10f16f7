package dev.finsuite.finance.budget;

/** OK below 80% of what is available, WARNING from 80%, EXCEEDED once spending passes it. */
public enum BudgetState {
    OK,
    WARNING,
    EXCEEDED
}
