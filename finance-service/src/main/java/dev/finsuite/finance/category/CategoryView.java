package dev.finsuite.finance.category;

import java.io.Serializable;
import java.util.UUID;

import dev.finsuite.finance.support.Kind;

/** A category as the API shows it; Serializable because category lists are cached. */
public record CategoryView(UUID id, String name, Kind type, UUID parentId, boolean system, long version)
        implements Serializable {

    static CategoryView of(Category category) {
        return new CategoryView(category.getId(), category.getName(), category.getType(), category.getParentId(),
                category.isSystem(), category.getVersion());
    }
}
