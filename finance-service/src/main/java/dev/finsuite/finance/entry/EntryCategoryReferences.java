package dev.finsuite.finance.entry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.finsuite.finance.category.TableCategoryReferences;

@Component
class EntryCategoryReferences extends TableCategoryReferences {

    EntryCategoryReferences(JdbcTemplate jdbc) {
        super(jdbc, "finance_entries", "expenses or incomes");
    }
}
