package dev.finsuite.export.report;

import static dev.finsuite.export.read.Column.code;
import static dev.finsuite.export.read.Column.date;
import static dev.finsuite.export.read.Column.integer;
import static dev.finsuite.export.read.Column.money;

import dev.finsuite.export.read.Column;
import dev.finsuite.export.tabular.Table;
import dev.finsuite.export.upstream.EmiApi;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** One loan as emi-service keeps it: its terms, amortisation schedule with each instalment's state, payments and prepayments. */
@Component
public class LoanReport {

    static final List<Column> PAYMENT = List.of(
            code("id"),
            code("loanId"),
            integer("instalmentNumber"),
            money("amount", "currency"),
            code("currency"),
            date("paidOn"),
            integer("daysLate"));
    static final List<Column> PREPAYMENT = List.of(
            code("id"), code("loanId"), money("amount", "currency"), code("currency"), date("date"), code("strategy"));

    private final EmiApi emi;

    LoanReport(EmiApi emi) {
        this.emi = emi;
    }

    public record Report(
            EmiApi.Loan loan,
            List<EmiApi.Instalment> schedule,
            EmiApi.Totals totals,
            List<EmiApi.Payment> payments,
            List<EmiApi.Prepayment> prepayments) {

        public static final List<String> TABLES = List.of("schedule", "payments", "prepayments");

        public Table table(String name) {
            String id = loan.id().toString();
            return switch (name) {
                case "payments" ->
                    new Table(
                            "payments",
                            PAYMENT,
                            payments.stream()
                                    .map(p -> new Object[] {
                                        p.id().toString(),
                                        id,
                                        (long) p.instalmentNumber(),
                                        p.amount(),
                                        loan.currency(),
                                        p.paidOn(),
                                        (long) p.daysLate()
                                    })
                                    .toList());
                case "prepayments" ->
                    new Table(
                            "prepayments",
                            PREPAYMENT,
                            prepayments.stream()
                                    .map(p -> new Object[] {
                                        p.id().toString(), id, p.amount(), loan.currency(), p.date(), p.strategy()
                                    })
                                    .toList());
                default ->
                    new Table(
                            "schedule",
                            Tables.INSTALMENT,
                            schedule.stream()
                                    .map(i -> Tables.instalment(loan, i))
                                    .toList());
            };
        }
    }

    /** Another tenant's loan, like a missing one, is emi-service's 404 and so ours. */
    public Report of(UUID loanId) {
        EmiApi.Loan loan = emi.loan(loanId);
        EmiApi.Schedule schedule = emi.schedule(loanId);
        return new Report(
                loan, schedule.instalments(), schedule.totals(), emi.payments(loanId), emi.prepayments(loanId));
    }
}
