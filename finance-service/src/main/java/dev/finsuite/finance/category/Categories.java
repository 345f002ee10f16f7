package dev.finsuite.finance.category;

import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.finance.category.CategoryFailures.CategoryHasSubCategories;
import dev.finsuite.finance.category.CategoryFailures.CategoryInUse;
import dev.finsuite.finance.category.CategoryFailures.CategoryNameTaken;
import dev.finsuite.finance.category.CategoryFailures.CategoryNotFound;
import dev.finsuite.finance.category.CategoryFailures.UnfitParent;
import dev.finsuite.finance.category.CategoryFailures.UnfitReplacement;
import dev.finsuite.finance.category.CategoryFailures.UnusableCategory;
import dev.finsuite.finance.support.FinanceCaches;
import dev.finsuite.finance.support.FinanceQuotas;
import dev.finsuite.finance.support.Kind;
import java.util.List;
import java.util.UUID;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** System and custom categories: who may change them, and what happens to the money filed under one that goes. */
@Service
public class Categories {

    private final CategoryRepository categories;
    private final List<CategoryReferences> references;
    private final FinanceCaches caches;
    private final TenantQuotas quotas;
    private final FinanceQuotas limits;

    Categories(
            CategoryRepository categories,
            List<CategoryReferences> references,
            FinanceCaches caches,
            TenantQuotas quotas,
            FinanceQuotas limits) {
        this.categories = categories;
        this.references = references;
        this.caches = caches;
        this.quotas = quotas;
        this.limits = limits;
    }

    /** Every category the tenant sees, system ones included, by type and name. */
    @Cacheable(cacheNames = FinanceCaches.CATEGORIES, key = "'all'")
    @Transactional(readOnly = true)
    public List<CategoryView> all(UUID tenantId) {
        return categories.findAllVisible(tenantId).stream()
                .map(CategoryView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public Category get(UUID tenantId, UUID id) {
        return categories.findVisible(id, tenantId).orElseThrow(() -> new CategoryNotFound());
    }

    /**
     * A category with its sub-categories: what is filed under a parent, in filters and budgets, includes what
     * is filed under its children.
     */
    @Transactional(readOnly = true)
    public List<UUID> withChildren(UUID tenantId, UUID id) {
        get(tenantId, id);
        return categories.idWithChildren(id);
    }

    /** The category a row names in {@code field}: one the tenant sees, of the row's type; otherwise a 400. */
    @Transactional(readOnly = true)
    public Category requireUsable(UUID tenantId, UUID id, Kind kind, String field) {
        if (id == null) {
            throw new UnusableCategory(field, "is required");
        }
        Category category =
                categories.findVisible(id, tenantId).orElseThrow(() -> new UnusableCategory(field, "no such category"));
        if (category.getType() != kind) {
            throw new UnusableCategory(
                    field, "is an " + category.getType() + " category; this needs an " + kind + " one");
        }
        return category;
    }

    @Transactional
    Category create(UUID tenantId, String name, Kind type, UUID parentId) {
        Category category = new Category(tenantId, name, type);
        category.placeUnder(parent(tenantId, parentId), false);
        quotas.requireOneMore(tenantId, "categories", limits.categories(), () -> categories.countByTenantId(tenantId));
        Category saved = saveUnique(category);
        caches.categoriesChanged();
        return saved;
    }

    @Transactional
    Category update(UUID tenantId, UUID id, ExpectedVersion expected, String name, boolean parentGiven, UUID parentId) {
        Category category = get(tenantId, id);
        category.requireEditable();
        expected.check(category.getVersion());
        if (name != null) {
            category.rename(name);
        }
        if (parentGiven) {
            category.placeUnder(parent(tenantId, parentId), categories.existsByParentId(id));
        }
        Category saved = saveUnique(category);
        caches.categoriesChanged();
        return saved;
    }

    /**
     * Deletes a custom category. One that money, budgets, rules or sub-categories still use is a 409, unless
     * {@code reassignTo} names a category of the same type to move them all to.
     */
    @Transactional
    void delete(UUID tenantId, UUID id, ExpectedVersion expected, UUID reassignTo) {
        Category category = get(tenantId, id);
        category.requireEditable();
        expected.check(category.getVersion());
        List<Category> children = categories.findAllByParentId(id);
        if (reassignTo == null) {
            refuseIfUsed(tenantId, id, children);
        } else {
            Category target = replacement(tenantId, category, reassignTo);
            references.forEach(reference -> reference.reassign(tenantId, id, target.getId()));
            for (Category child : children) {
                child.placeUnder(target.getParentId() == null ? target : null, false);
                categories.save(child);
            }
        }
        categories.delete(category);
        categories.flush();
        caches.categoriesChanged();
        caches.moneyChanged();
    }

    private void refuseIfUsed(UUID tenantId, UUID id, List<Category> children) {
        if (!children.isEmpty()) {
            throw new CategoryHasSubCategories(children.size());
        }
        for (CategoryReferences reference : references) {
            long using = reference.countUsing(tenantId, id);
            if (using > 0) {
                throw new CategoryInUse(using, reference.describe());
            }
        }
    }

    private Category replacement(UUID tenantId, Category deleted, UUID reassignTo) {
        Category target = categories
                .findVisible(reassignTo, tenantId)
                .orElseThrow(() -> new UnfitReplacement("no such category"));
        if (target.getId().equals(deleted.getId()) || deleted.getId().equals(target.getParentId())) {
            throw new UnfitReplacement("must be a category other than the one deleted or its sub-categories");
        }
        if (target.getType() != deleted.getType()) {
            throw new UnfitReplacement("must be an " + deleted.getType() + " category too");
        }
        return target;
    }

    private Category parent(UUID tenantId, UUID parentId) {
        if (parentId == null) {
            return null;
        }
        return categories.findVisible(parentId, tenantId).orElseThrow(() -> new UnfitParent("no such category"));
    }

    private Category saveUnique(Category category) {
        try {
            Category saved = categories.save(category);
            categories.flush();
            return saved;
        } catch (DataIntegrityViolationException refused) {
            // Only a unique-key clash is a duplicate; any other refusal (a NUL byte, a broken check) is told as it is.
            if (!isUniqueViolation(refused)) {
                throw refused;
            }
            throw new CategoryNameTaken(category.getType(), category.getName());
        }
    }

    /** SQL state 23505, as PostgreSQL reports a clash on a unique key. */
    private static boolean isUniqueViolation(DataIntegrityViolationException refused) {
        return refused.getMostSpecificCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState());
    }
}
