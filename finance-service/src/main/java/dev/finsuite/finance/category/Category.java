package dev.finsuite.finance.category;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.finance.category.CategoryFailures.SystemCategoryReadOnly;
import dev.finsuite.finance.category.CategoryFailures.UnfitParent;
import dev.finsuite.finance.support.Kind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A label for expenses or income. System categories (no tenant) are shared by every tenant and never change;
 * a tenant's own may sit under one parent of the same type, and no deeper.
 */
@Entity
@Table(name = "finance_categories")
public class Category extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String name;

    @Enumerated(EnumType.STRING)
    private Kind type;

    private UUID parentId;

    protected Category() {}

    Category(UUID tenantId, String name, Kind type) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.type = type;
    }

    public boolean isSystem() {
        return tenantId == null;
    }

    void requireEditable() {
        if (isSystem()) {
            throw new SystemCategoryReadOnly();
        }
    }

    void rename(String newName) {
        requireEditable();
        this.name = newName;
    }

    /** Places this category under {@code parent} (null: top level); only one level of nesting exists. */
    void placeUnder(Category parent, boolean hasChildren) {
        requireEditable();
        if (parent != null) {
            if (parent.id.equals(id)) {
                throw new UnfitParent("a category cannot be its own parent");
            }
            if (parent.parentId != null) {
                throw new UnfitParent("the parent is itself a sub-category; only one level is allowed");
            }
            if (parent.type != type) {
                throw new UnfitParent("the parent must be an " + type + " category too");
            }
            if (hasChildren) {
                throw new UnfitParent("this category has sub-categories, so it cannot become one");
            }
        }
        this.parentId = parent == null ? null : parent.id;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getType() {
        return type;
    }

    public UUID getParentId() {
        return parentId;
    }
}
