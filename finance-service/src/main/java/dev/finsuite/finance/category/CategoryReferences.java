package dev.finsuite.finance.category;

import java.util.UUID;

/**
 * Something that files money under a category (entries, budgets, recurring rules). Deleting a category asks
 * each whether it is in use and, with {@code ?reassignTo=}, moves their rows to the replacement.
 */
public interface CategoryReferences {

    /** What the rows are called in a conflict message, e.g. "expenses or income". */
    String describe();

    long countUsing(UUID tenantId, UUID categoryId);

    void reassign(UUID tenantId, UUID from, UUID to);
}
