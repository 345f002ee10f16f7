package dev.finsuite.finance.category;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link CategoryReferences} for a table with {@code tenant_id}, {@code category_id} and the audited columns;
 * each feature names its own table. Reassigning bumps each row's version: its category is part of its ETag.
 */
public abstract class TableCategoryReferences implements CategoryReferences {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String description;

    protected TableCategoryReferences(JdbcTemplate jdbc, String table, String description) {
        this.jdbc = jdbc;
        this.table = table;
        this.description = description;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public long countUsing(UUID tenantId, UUID categoryId) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where tenant_id = ? and category_id = ?",
                Long.class,
                tenantId,
                categoryId);
    }

    @Override
    public void reassign(UUID tenantId, UUID from, UUID to) {
        jdbc.update(
                "update " + table + " set category_id = ?, version = version + 1, updated_at = now()"
                        + " where tenant_id = ? and category_id = ?",
                to,
                tenantId,
                from);
    }
}
