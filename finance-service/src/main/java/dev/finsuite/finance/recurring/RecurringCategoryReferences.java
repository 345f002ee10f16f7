package dev.finsuite.finance.recurring;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.finsuite.finance.category.CategoryReferences;

@Component
class RecurringCategoryReferences implements CategoryReferences {

    private final JdbcTemplate jdbc;

    RecurringCategoryReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String describe() {
        return "recurring rules";
    }

    @Override
    public long countUsing(UUID tenantId, UUID categoryId) {
        return jdbc.queryForObject("select count(*) from finance_recurring_rules where tenant_id = ? and category_id = ?",
                Long.class, tenantId, categoryId);
    }

    @Override
    public void reassign(UUID tenantId, UUID from, UUID to) {
        jdbc.update("""
                update finance_recurring_rules set category_id = ?, version = version + 1, updated_at = now()
                where tenant_id = ? and category_id = ?""", to, tenantId, from);
    }
}
