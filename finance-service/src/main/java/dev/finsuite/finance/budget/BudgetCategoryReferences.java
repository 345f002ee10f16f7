package dev.finsuite.finance.budget;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.finsuite.finance.category.CategoryReferences;

@Component
class BudgetCategoryReferences implements CategoryReferences {

    private final JdbcTemplate jdbc;

    BudgetCategoryReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String describe() {
        return "budgets";
    }

    @Override
    public long countUsing(UUID tenantId, UUID categoryId) {
        return jdbc.queryForObject("select count(*) from finance_budgets where tenant_id = ? and category_id = ?",
                Long.class, tenantId, categoryId);
    }

    @Override
    public void reassign(UUID tenantId, UUID from, UUID to) {
        jdbc.update("""
                update finance_budgets set category_id = ?, version = version + 1, updated_at = now()
                where tenant_id = ? and category_id = ?""", to, tenantId, from);
    }
}
