package dev.finsuite.finance.debt;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Counterparties", description = "Per person: what you owe them and what they owe you")
class CounterpartyController {

    private final Debts debts;

    CounterpartyController(Debts debts) {
        this.debts = debts;
    }

    /** People are grouped by name without regard to case or surrounding spaces, and amounts per currency. */
    @GetMapping("/api/v1/counterparties")
    @Operation(
            summary = "What is owed, per person and currency",
            description = "youOwe sums your open borrowings, "
                    + "theyOwe your open lendings, net is theyOwe - youOwe. Settled debts count only in the totals of "
                    + "borrowings and lendings. Ordered by name.")
    PageResponse<CounterpartyView> counterparties(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var pageable = Paging.pageable(page, size, null, Map.of(), Sort.unsorted());
        return PageResponse.of(debts.counterparties(caller.tenantId()), pageable, CounterpartyView::of);
    }

    @Schema(example = """
            {"name": "Ravi", "currency": "INR", "youOwe": "0.00", "theyOwe": "15000.00", "net": "15000.00",
             "borrowings": 0, "lendings": 2, "overdue": 1}""")
    record CounterpartyView(
            String name,
            String currency,
            BigDecimal youOwe,
            BigDecimal theyOwe,
            BigDecimal net,
            int borrowings,
            int lendings,
            int overdue) {

        static CounterpartyView of(CounterpartyBalances.Balance balance) {
            return new CounterpartyView(
                    balance.name(),
                    balance.youOwe().currencyCode(),
                    balance.youOwe().shownAmount(),
                    balance.theyOwe().shownAmount(),
                    balance.net().shownAmount(),
                    balance.borrowings(),
                    balance.lendings(),
                    balance.overdue());
        }
    }
}
