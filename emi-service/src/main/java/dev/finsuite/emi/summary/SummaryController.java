package dev.finsuite.emi.summary;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.emi.loan.LoanLedger;
import dev.finsuite.emi.loan.Loans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the household stands across its active loans, one block per currency (amounts are never mixed). */
@RestController
@Tag(name = "Loans")
class SummaryController {

    private final Loans loans;

    SummaryController(Loans loans) {
        this.loans = loans;
    }

    @GetMapping("/api/v1/emis/summary")
    @Operation(
            summary = "Totals across active loans, per currency",
            description = "Outstanding principal, interest "
                    + "paid so far and still to pay, and each loan's next due date and amount.")
    SummaryView summary(@AuthenticationPrincipal AuthenticatedUser caller) {
        Map<String, CurrencyTotals> byCurrency = new TreeMap<>();
        for (LoanLedger ledger : loans.activeLedgers(caller.tenantId())) {
            byCurrency
                    .computeIfAbsent(ledger.currency().code(), code -> new CurrencyTotals(ledger.currency()))
                    .add(ledger);
        }
        return new SummaryView(
                byCurrency.values().stream().map(CurrencyTotals::view).toList());
    }

    record SummaryView(List<CurrencySummary> currencies) {}

    record CurrencySummary(
            @Schema(example = "INR") String currency,
            @Schema(example = "2") int activeLoans,
            @Schema(example = "1450000.00") BigDecimal outstandingPrincipal,
            @Schema(example = "84211.40") BigDecimal interestPaid,
            @Schema(example = "981233.75") BigDecimal interestRemaining,
            List<NextDue> loans) {}

    record NextDue(
            UUID loanId,
            @Schema(example = "Flat in Pune") String name,
            @Schema(example = "996798.91") BigDecimal outstandingPrincipal,
            @Schema(example = "2026-12-05") LocalDate nextDueDate,
            @Schema(example = "8678.23") BigDecimal nextDueAmount,
            @Schema(example = "DUE") String nextDueStatus) {}

    /** One currency's loans added up; money of different currencies never meets. */
    private static final class CurrencyTotals {
        private final Currency currency;
        private Money outstanding;
        private Money interestPaid;
        private Money interestRemaining;
        private final List<NextDue> loans = new ArrayList<>();

        private CurrencyTotals(Currency currency) {
            this.currency = currency;
            this.outstanding = Money.zero(currency);
            this.interestPaid = Money.zero(currency);
            this.interestRemaining = Money.zero(currency);
        }

        void add(LoanLedger ledger) {
            outstanding = outstanding.plus(ledger.outstandingPrincipal());
            interestPaid = interestPaid.plus(ledger.interestPaid());
            interestRemaining = interestRemaining.plus(ledger.interestRemaining());
            var next = ledger.nextDue();
            loans.add(new NextDue(
                    ledger.loan().getId(),
                    ledger.loan().getName(),
                    ledger.outstandingPrincipal().shownAmount(),
                    next.map(line -> line.instalment().dueDate()).orElse(null),
                    next.map(line -> line.due().shownAmount()).orElse(null),
                    next.map(line -> line.status().name()).orElse(null)));
        }

        CurrencySummary view() {
            loans.sort(java.util.Comparator.comparing(
                    NextDue::nextDueDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            return new CurrencySummary(
                    currency.code(),
                    loans.size(),
                    outstanding.shownAmount(),
                    interestPaid.shownAmount(),
                    interestRemaining.shownAmount(),
                    List.copyOf(loans));
        }
    }
}
