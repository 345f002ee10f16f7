package dev.finsuite.finance.entry;

import dev.finsuite.finance.category.TableCategoryReferences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class EntryCategoryReferences extends TableCategoryReferences {

    EntryCategoryReferences(JdbcTemplate jdbc) {
        super(jdbc, "finance_entries", "expenses or incomes");
    }
}
