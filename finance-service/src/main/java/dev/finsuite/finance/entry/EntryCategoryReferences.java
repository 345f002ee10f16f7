package dev.finsuite.finance.entry;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.finsuite.finance.category.CategoryReferences;

@Component
class EntryCategoryReferences implements CategoryReferences {

    private final JdbcTemplate jdbc;

    EntryCategoryReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String describe() {
        return "expenses or incomes";
    }

    @Override
    public long countUsing(UUID tenantId, UUID categoryId) {
        return jdbc.queryForObject("select count(*) from finance_entries where tenant_id = ? and category_id = ?",
                Long.class, tenantId, categoryId);
    }

    /** Bumps each row's version: its category is part of what its ETag stands for. */
    @Override
    public void reassign(UUID tenantId, UUID from, UUID to) {
        jdbc.update("""
                update finance_entries set category_id = ?, version = version + 1, updated_at = now()
                where tenant_id = ? and category_id = ?""", to, tenantId, from);
    }
}
