package dev.finsuite.finance.budget;

import dev.finsuite.finance.category.TableCategoryReferences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class BudgetCategoryReferences extends TableCategoryReferences {

    BudgetCategoryReferences(JdbcTemplate jdbc) {
        super(jdbc, "finance_budgets", "budgets");
    }
}
