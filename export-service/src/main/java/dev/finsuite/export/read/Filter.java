package dev.finsuite.export.read;

/** The filters an export may take; each entity says which of them make sense for it. */
public enum Filter {
    /** {@code from}/{@code to}: an inclusive range of the entity's main date. */
    DATES,
    /** {@code categoryId}: the category and all its sub-categories. */
    CATEGORY,
    TAG,
    CURRENCY,
    /** {@code accountId}: an investment account. */
    ACCOUNT
}
