package dev.finsuite.finance.debt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;

@RestController
@Tag(name = "Counterparties", description = "Per person: what you owe them and what they owe you")
class CounterpartyController {

    private final NamedParameterJdbcTemplate jdbc;
    private final Currencies currencies;
    private final Clock clock;

    CounterpartyController(NamedParameterJdbcTemplate jdbc, Currencies currencies, Clock clock) {
        this.jdbc = jdbc;
        this.currencies = currencies;
        this.clock = clock;
    }

    /** People are grouped by name without regard to case or surrounding spaces, and amounts per currency. */
    @GetMapping("/api/v1/counterparties")
    @Operation(summary = "What is owed, per person and currency", description = "youOwe sums your open borrowings, "
            + "theyOwe your open lendings, net is theyOwe - youOwe. Settled debts count only in the totals of "
            + "borrowings and lendings. Ordered by name.")
    @Transactional(readOnly = true)
    PageResponse<CounterpartyView> counterparties(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var pageable = Paging.pageable(page, size, null, java.util.Map.of(), Sort.unsorted());
        List<CounterpartyView> all = jdbc.query("""
                select min(counterparty_name) as name, currency,
                       coalesce(sum(total_due - paid) filter (where direction = 'BORROWED'), 0) as you_owe,
                       coalesce(sum(total_due - paid) filter (where direction = 'LENT'), 0) as they_owe,
                       count(*) filter (where direction = 'BORROWED') as borrowings,
                       count(*) filter (where direction = 'LENT') as lendings,
                       count(*) filter (where paid < total_due and due_date < :today) as overdue
                from finance_debts where tenant_id = :tenantId
                group by lower(counterparty_name), currency
                order by lower(min(counterparty_name)), currency""",
                new MapSqlParameterSource("tenantId", caller.tenantId()).addValue("today", LocalDate.now(clock)),
                (rs, row) -> {
                    String currency = rs.getString("currency");
                    BigDecimal youOwe = rs.getBigDecimal("you_owe");
                    BigDecimal theyOwe = rs.getBigDecimal("they_owe");
                    return new CounterpartyView(rs.getString("name"), currency, currencies.shown(youOwe, currency),
                            currencies.shown(theyOwe, currency), currencies.shown(theyOwe.subtract(youOwe), currency),
                            rs.getInt("borrowings"), rs.getInt("lendings"), rs.getInt("overdue"));
                });
        return PageResponse.of(all, pageable, view -> view);
    }

    @Schema(example = """
            {"name": "Ravi", "currency": "INR", "youOwe": "0.00", "theyOwe": "15000.00", "net": "15000.00",
             "borrowings": 0, "lendings": 2, "overdue": 1}""")
    record CounterpartyView(String name, String currency, BigDecimal youOwe, BigDecimal theyOwe, BigDecimal net,
            int borrowings, int lendings, int overdue) {
    }
}
