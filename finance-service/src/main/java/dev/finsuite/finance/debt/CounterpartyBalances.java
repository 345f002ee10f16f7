package dev.finsuite.finance.debt;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What is owed each way per person and currency, summed by the database over the tenant's debts. People are
 * grouped by name without regard to case or surrounding spaces; settled debts count only in the numbers of
 * borrowings and lendings.
 */
@Repository
class CounterpartyBalances {

    private final NamedParameterJdbcTemplate jdbc;
    private final Currencies currencies;

    CounterpartyBalances(NamedParameterJdbcTemplate jdbc, Currencies currencies) {
        this.jdbc = jdbc;
        this.currencies = currencies;
    }

    /** Ordered by name, then currency; {@code today} decides what is overdue. */
    List<Balance> of(UUID tenantId, LocalDate today) {
        return jdbc.query("""
                select min(counterparty_name) as name, currency,
                       coalesce(sum(total_due - paid) filter (where direction = 'BORROWED'), 0) as you_owe,
                       coalesce(sum(total_due - paid) filter (where direction = 'LENT'), 0) as they_owe,
                       count(*) filter (where direction = 'BORROWED') as borrowings,
                       count(*) filter (where direction = 'LENT') as lendings,
                       count(*) filter (where paid < total_due and due_date < :today) as overdue
                from finance_debts where tenant_id = :tenantId
                group by lower(counterparty_name), currency
                order by lower(min(counterparty_name)), currency""", new MapSqlParameterSource("tenantId", tenantId).addValue("today", today), (rs, row) -> {
            String currency = rs.getString("currency");
            return new Balance(
                    rs.getString("name"),
                    currencies.stored(rs.getBigDecimal("you_owe"), currency),
                    currencies.stored(rs.getBigDecimal("they_owe"), currency),
                    rs.getInt("borrowings"),
                    rs.getInt("lendings"),
                    rs.getInt("overdue"));
        });
    }

    /** One person's open balances in one currency. */
    record Balance(String name, Money youOwe, Money theyOwe, int borrowings, int lendings, int overdue) {

        /** What they owe you less what you owe them. */
        Money net() {
            return theyOwe.minus(youOwe);
        }
    }
}
