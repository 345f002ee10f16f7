package dev.finsuite.finance.budget;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.finsuite.finance.category.TableCategoryReferences;

@Component
class BudgetCategoryReferences extends TableCategoryReferences {

    BudgetCategoryReferences(JdbcTemplate jdbc) {
        super(jdbc, "finance_budgets", "budgets");
    }
}
