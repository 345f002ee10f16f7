package dev.finsuite.finance.category;

import dev.finsuite.finance.support.Kind;
import java.util.UUID;

/** A category as the API shows it. */
public record CategoryView(UUID id, String name, Kind type, UUID parentId, boolean system, long version) {

    static CategoryView of(Category category) {
        return new CategoryView(
                category.getId(),
                category.getName(),
                category.getType(),
                category.getParentId(),
                category.isSystem(),
                category.getVersion());
    }
}
