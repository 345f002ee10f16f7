package dev.finsuite.emi.loan;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.emi.schedule.Instalment;
import dev.finsuite.emi.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loan's schedule beside what was actually paid: each instalment's status and the loan's totals, as money in
 * the loan's currency. Payments go to interest first, as lenders apply them, so a partial payment reduces the
 * principal only once the month's interest is covered.
 */
public final class LoanLedger {

    private final Loan loan;
    private final Schedule schedule;
    private final List<Line> lines;
    private final Money amountPaid;

    LoanLedger(Loan loan, Schedule schedule, List<Payment> payments, LocalDate today) {
        this.loan = loan;
        this.schedule = schedule;
        Currency currency = loan.currency();
        Map<Integer, Money> paidByInstalment = new HashMap<>();
        Money total = Money.zero(currency);
        for (Payment payment : payments) {
            Money amount = payment.amount(currency).shown();
            paidByInstalment.merge(payment.getInstalmentNumber(), amount, Money::plus);
            total = total.plus(amount);
        }
        this.amountPaid = total;
        this.lines = new ArrayList<>(schedule.length());
        for (Instalment instalment : schedule.instalments()) {
            Money paid = paidByInstalment.getOrDefault(instalment.number(), Money.zero(currency));
            lines.add(new Line(instalment, paid, statusOf(instalment, paid, today)));
        }
    }

    private static InstalmentStatus statusOf(Instalment instalment, Money paid, LocalDate today) {
        if (paid.amount().compareTo(instalment.amount()) >= 0) {
            return InstalmentStatus.PAID;
        }
        // Arrears show even when part was paid: PARTIAL is only for an instalment not yet due.
        if (instalment.dueDate().isBefore(today)) {
            return InstalmentStatus.OVERDUE;
        }
        return paid.isPositive() ? InstalmentStatus.PARTIAL : InstalmentStatus.DUE;
    }

    public Loan loan() {
        return loan;
    }

    public Currency currency() {
        return loan.currency();
    }

    public Schedule schedule() {
        return schedule;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public Optional<Line> line(int number) {
        return number >= 1 && number <= lines.size() ? Optional.of(lines.get(number - 1)) : Optional.empty();
    }

    /** The oldest instalment not yet paid in full. */
    public Optional<Line> nextDue() {
        return lines.stream()
                .filter(line -> line.status() != InstalmentStatus.PAID)
                .findFirst();
    }

    public boolean fullyRepaid() {
        return nextDue().isEmpty();
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public Money interestPaid() {
        return lines.stream().map(Line::interestCovered).reduce(Money.zero(currency()), Money::plus);
    }

    public Money interestRemaining() {
        return money(schedule.totalInterest()).minus(interestPaid());
    }

    /** The principal still owed: what was lent, less prepayments, less the principal that payments covered. */
    public Money outstandingPrincipal() {
        Money repaid = lines.stream().map(Line::principalCovered).reduce(Money.zero(currency()), Money::plus);
        // Amounts are stored at four decimals; every one is a whole number of the currency's minor units.
        return loan.principal().shown().minus(money(schedule.totalPrepaid())).minus(repaid);
    }

    /** A figure of the schedule engine, which works in the loan's currency. */
    Money money(BigDecimal amount) {
        return new Money(amount, currency());
    }

    /** An instalment with what was paid towards it. */
    public record Line(Instalment instalment, Money paid, InstalmentStatus status) {

        public Money amount() {
            return new Money(instalment.amount(), paid.currency());
        }

        /** What is still to pay on this instalment. */
        public Money due() {
            Money due = amount().minus(paid);
            return due.isNegative() ? Money.zero(paid.currency()) : due;
        }

        Money interestCovered() {
            return paid.min(new Money(instalment.interest(), paid.currency()));
        }

        Money principalCovered() {
            Money beyondInterest = paid.minus(new Money(instalment.interest(), paid.currency()));
            Money principal = new Money(instalment.principal(), paid.currency());
            return (beyondInterest.isNegative() ? Money.zero(paid.currency()) : beyondInterest).min(principal);
        }
    }
}
