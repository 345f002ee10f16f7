package dev.finsuite.finance.recurring;

import dev.finsuite.finance.category.TableCategoryReferences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class RecurringCategoryReferences extends TableCategoryReferences {

    RecurringCategoryReferences(JdbcTemplate jdbc) {
        super(jdbc, "finance_recurring_rules", "recurring rules");
    }
}
