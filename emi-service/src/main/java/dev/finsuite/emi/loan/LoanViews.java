package dev.finsuite.emi.loan;

import dev.finsuite.emi.schedule.InstalmentView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the loan endpoints answer with. */
final class LoanViews {

    private LoanViews() {}

    record NextDue(
            @Schema(example = "3") int instalmentNumber,
            @Schema(example = "2026-04-05") LocalDate dueDate,
            @Schema(example = "8678.23") BigDecimal amount,
            @Schema(example = "DUE") InstalmentStatus status) {

        static NextDue of(LoanLedger ledger) {
            return ledger.nextDue()
                    .map(line -> new NextDue(
                            line.instalment().number(),
                            line.instalment().dueDate(),
                            line.due().shownAmount(),
                            line.status()))
                    .orElse(null);
        }
    }

    record LoanView(
            UUID id,
            @Schema(example = "Flat in Pune") String name,
            @Schema(example = "State Bank") String lender,
            LoanType loanType,
            @Schema(example = "1000000.00") BigDecimal principal,
            @Schema(example = "INR") String currency,

            @Schema(example = "8.5", description = "The agreed rate, percent a year")
            BigDecimal annualRate,

            @Schema(example = "8.5", description = "The rate now in force, after rate changes")
            BigDecimal currentRate,

            @Schema(example = "240") int tenureMonths,
            @Schema(example = "2026-01-10") LocalDate disbursalDate,
            @Schema(example = "2026-02-05") LocalDate firstEmiDate,
            LoanStatus status,
            String notes,
            JsonNode metadata,

            @Schema(example = "8678.23", description = "The next instalment's full amount")
            BigDecimal emi,

            @Schema(example = "2046-01-05") LocalDate endDate,
            @Schema(example = "240") int instalments,
            @Schema(example = "996798.91") BigDecimal outstandingPrincipal,
            @Schema(example = "1082776.63") BigDecimal totalInterest,
            @Schema(example = "17356.46") BigDecimal amountPaid,
            NextDue nextDue,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static LoanView of(LoanLedger ledger, JsonNode metadata) {
            Loan loan = ledger.loan();
            var upcoming = ledger.nextDue()
                    .map(LoanLedger.Line::instalment)
                    .or(() -> ledger.schedule().instalments().stream().reduce((a, b) -> b));
            return new LoanView(
                    loan.getId(),
                    loan.getName(),
                    loan.getLender(),
                    loan.getLoanType(),
                    loan.principal().shownAmount(),
                    loan.currency().code(),
                    loan.getAnnualRate().stripTrailingZeros(),
                    upcoming.map(i -> i.annualRate().stripTrailingZeros())
                            .orElse(loan.getAnnualRate().stripTrailingZeros()),
                    loan.getTenureMonths(),
                    loan.getDisbursalDate(),
                    loan.getFirstEmiDate(),
                    loan.getStatus(),
                    loan.getNotes(),
                    metadata,
                    upcoming.map(i -> i.amount()).orElse(null),
                    ledger.schedule().endDate(),
                    ledger.schedule().length(),
                    ledger.outstandingPrincipal().shownAmount(),
                    ledger.schedule().totalInterest(),
                    ledger.amountPaid().shownAmount(),
                    NextDue.of(ledger),
                    loan.getVersion(),
                    loan.getCreatedAt(),
                    loan.getUpdatedAt());
        }
    }

    record Totals(
            @Schema(example = "1082776.63") BigDecimal totalInterest,
            @Schema(example = "2082776.63") BigDecimal totalPayable,
            @Schema(example = "0.00") BigDecimal totalPrepaid,
            @Schema(example = "17356.46") BigDecimal amountPaid,
            @Schema(example = "14155.37") BigDecimal interestPaid,
            @Schema(example = "1068621.26") BigDecimal interestRemaining,
            @Schema(example = "996798.91") BigDecimal outstandingPrincipal) {

        static Totals of(LoanLedger ledger) {
            return new Totals(
                    ledger.schedule().totalInterest(),
                    ledger.schedule().totalPayable(),
                    ledger.schedule().totalPrepaid(),
                    ledger.amountPaid().shownAmount(),
                    ledger.interestPaid().shownAmount(),
                    ledger.interestRemaining().shownAmount(),
                    ledger.outstandingPrincipal().shownAmount());
        }
    }

    record ScheduleView(
            UUID loanId,
            @Schema(example = "INR") String currency,
            LoanStatus status,
            List<InstalmentView> instalments,
            Totals totals) {

        static ScheduleView of(LoanLedger ledger) {
            List<InstalmentView> lines = ledger.lines().stream()
                    .map(line -> InstalmentView.of(
                            line.instalment(),
                            line.paid().shownAmount(),
                            line.status().name()))
                    .toList();
            return new ScheduleView(
                    ledger.loan().getId(),
                    ledger.currency().code(),
                    ledger.loan().getStatus(),
                    lines,
                    Totals.of(ledger));
        }
    }
}
