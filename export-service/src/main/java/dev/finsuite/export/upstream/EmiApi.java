package dev.finsuite.export.upstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * emi-service's loans, schedules (balances and the paid/due/overdue state of each instalment as emi-service
 * says), payments and prepayments. export-service's own read model of its JSON: only the fields it uses.
 */
@Component
public class EmiApi {

    private final UpstreamCalls calls;

    EmiApi(UpstreamCalls calls) {
        this.calls = calls;
    }

    public record Loan(
            UUID id,
            String name,
            String lender,
            String loanType,
            BigDecimal principal,
            String currency,
            BigDecimal annualRate,
            BigDecimal currentRate,
            int tenureMonths,
            LocalDate disbursalDate,
            LocalDate firstEmiDate,
            String status,
            BigDecimal emi,
            LocalDate endDate,
            int instalments,
            BigDecimal outstandingPrincipal,
            BigDecimal totalInterest,
            BigDecimal amountPaid) {}

    public record Instalment(
            int number,
            LocalDate dueDate,
            BigDecimal openingBalance,
            BigDecimal prepaid,
            BigDecimal emi,
            BigDecimal interest,
            BigDecimal principal,
            BigDecimal closingBalance,
            BigDecimal annualRate,
            BigDecimal paid,
            String status) {}

    public record Totals(
            BigDecimal totalInterest,
            BigDecimal totalPayable,
            BigDecimal totalPrepaid,
            BigDecimal amountPaid,
            BigDecimal interestPaid,
            BigDecimal interestRemaining,
            BigDecimal outstandingPrincipal) {}

    public record Schedule(UUID loanId, String currency, String status, List<Instalment> instalments, Totals totals) {}

    public record Payment(UUID id, int instalmentNumber, BigDecimal amount, LocalDate paidOn, int daysLate) {}

    public record Prepayment(UUID id, BigDecimal amount, LocalDate date, String strategy) {}

    /** Every loan of the caller's tenant, oldest first. */
    public List<Loan> loans() {
        return all(page -> calls.get(
                Upstream.EMI,
                uri -> uri.path("/api/v1/emis")
                        .queryParam("page", page)
                        .queryParam("size", Page.SIZE)
                        .queryParam("sort", "createdAt,asc")
                        .build(),
                new ParameterizedTypeReference<Page<Loan>>() {},
                null));
    }

    public Loan loan(UUID loanId) {
        return calls.get(
                Upstream.EMI,
                uri -> uri.path("/api/v1/emis/{id}").build(loanId),
                new ParameterizedTypeReference<Loan>() {},
                "loan");
    }

    public Schedule schedule(UUID loanId) {
        return calls.get(
                Upstream.EMI,
                uri -> uri.path("/api/v1/emis/{id}/schedule").build(loanId),
                new ParameterizedTypeReference<Schedule>() {},
                "loan");
    }

    public List<Payment> payments(UUID loanId) {
        return all(page -> calls.get(
                Upstream.EMI,
                uri -> uri.path("/api/v1/emis/{id}/payments")
                        .queryParam("page", page)
                        .queryParam("size", Page.SIZE)
                        .build(loanId),
                new ParameterizedTypeReference<Page<Payment>>() {},
                "loan"));
    }

    public List<Prepayment> prepayments(UUID loanId) {
        return all(page -> calls.get(
                Upstream.EMI,
                uri -> uri.path("/api/v1/emis/{id}/prepayments")
                        .queryParam("page", page)
                        .queryParam("size", Page.SIZE)
                        .build(loanId),
                new ParameterizedTypeReference<Page<Prepayment>>() {},
                "loan"));
    }

    private static <T> List<T> all(IntFunction<Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> answer = pages.apply(page);
            all.addAll(answer.items());
            if (page + 1 >= answer.totalPages()) {
                return all;
            }
        }
    }
}
