package dev.finsuite.finance.category;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a change to categories, or a row's choice of one, can be refused, each named as the fact it is. */
public final class CategoryFailures {

    private CategoryFailures() {}

    public static final class CategoryNotFound extends DomainFailure.NotFound {
        CategoryNotFound() {
            super("No such category");
        }
    }

    public static final class SystemCategoryReadOnly extends DomainFailure.Forbidden {
        SystemCategoryReadOnly() {
            super("System categories are shared by every household and cannot be changed; "
                    + "create your own category instead");
        }
    }

    public static final class CategoryHasSubCategories extends DomainFailure.Conflict {
        CategoryHasSubCategories(int children) {
            super("This category has " + children + " sub-categories; delete them first or pass ?reassignTo= to "
                    + "move everything to another category");
        }
    }

    public static final class CategoryInUse extends DomainFailure.Conflict {
        CategoryInUse(long using, String what) {
            super(using + " " + what + " use this category; pass ?reassignTo= with another category of the same "
                    + "type to move them");
        }
    }

    public static final class CategoryNameTaken extends DomainFailure.Conflict {
        CategoryNameTaken(dev.finsuite.finance.support.Kind type, String name) {
            super("You already have a " + type + " category named '" + name + "' at this level");
        }
    }

    /** A row names, in {@code field}, no category it may file money under. */
    public static final class UnusableCategory extends DomainFailure.Invalid {
        UnusableCategory(String field, String message) {
            super(field, message);
        }
    }

    /** The parent asked for would break the one-level, same-type tree. */
    public static final class UnfitParent extends DomainFailure.Invalid {
        UnfitParent(String message) {
            super("parentId", message);
        }
    }

    /** The category to move a deleted one's money to cannot take it. */
    public static final class UnfitReplacement extends DomainFailure.Invalid {
        UnfitReplacement(String message) {
            super("reassignTo", message);
        }
    }
}
