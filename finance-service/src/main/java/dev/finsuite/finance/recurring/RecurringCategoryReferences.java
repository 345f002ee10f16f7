package dev.finsuite.finance.recurring;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.finsuite.finance.category.TableCategoryReferences;

@Component
class RecurringCategoryReferences extends TableCategoryReferences {

    RecurringCategoryReferences(JdbcTemplate jdbc) {
        super(jdbc, "finance_recurring_rules", "recurring rules");
    }
}
