package dev.finsuite.export.ledger;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The tenant's income and expenses per month and category over a range, in its base currency. */
public record Ledger(BaseCurrency base, MonthRange range, List<MonthlyTotal> totals, Map<UUID, Category> categories) {

    public Ledger {
        totals = List.copyOf(totals);
        categories = Map.copyOf(categories);
    }

    /** The category of an entry; one finance-service deleted since is shown by its id. */
    public Category category(UUID id) {
        Category category = categories.get(id);
        return category != null ? category : new Category(id, id.toString(), null, null, null);
    }
}
