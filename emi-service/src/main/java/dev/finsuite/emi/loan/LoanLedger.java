package dev.finsuite.emi.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.finsuite.emi.schedule.Instalment;
import dev.finsuite.emi.schedule.Schedule;

/**
 * A loan's schedule beside what was actually paid: each instalment's status and the loan's totals. Payments
 * go to interest first, as lenders apply them, so a partial payment reduces the principal only once the
 * month's interest is covered.
 */
public final class LoanLedger {

    private final Loan loan;
    private final Schedule schedule;
    private final List<Line> lines;
    private final BigDecimal amountPaid;

    LoanLedger(Loan loan, Schedule schedule, List<Payment> payments, LocalDate today) {
        this.loan = loan;
        this.schedule = schedule;
        int scale = schedule.totalInterest().scale();
        Map<Integer, BigDecimal> paidByInstalment = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        for (Payment payment : payments) {
            BigDecimal amount = payment.getAmount().setScale(scale, java.math.RoundingMode.HALF_UP);
            paidByInstalment.merge(payment.getInstalmentNumber(), amount, BigDecimal::add);
            total = total.add(amount);
        }
        this.amountPaid = total;
        this.lines = new ArrayList<>(schedule.length());
        for (Instalment instalment : schedule.instalments()) {
            BigDecimal paid = paidByInstalment.getOrDefault(instalment.number(), BigDecimal.ZERO.setScale(scale));
            lines.add(new Line(instalment, paid, statusOf(instalment, paid, today)));
        }
    }

    private static InstalmentStatus statusOf(Instalment instalment, BigDecimal paid, LocalDate today) {
        if (paid.compareTo(instalment.amount()) >= 0) {
            return InstalmentStatus.PAID;
        }
        // Arrears show even when part was paid: PARTIAL is only for an instalment not yet due.
        if (instalment.dueDate().isBefore(today)) {
            return InstalmentStatus.OVERDUE;
        }
        return paid.signum() > 0 ? InstalmentStatus.PARTIAL : InstalmentStatus.DUE;
    }

    public int minorUnits() {
        return schedule.totalInterest().scale();
    }

    public Loan loan() {
        return loan;
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
        return lines.stream().filter(line -> line.status() != InstalmentStatus.PAID).findFirst();
    }

    public boolean fullyRepaid() {
        return nextDue().isEmpty();
    }

    public BigDecimal amountPaid() {
        return amountPaid;
    }

    public BigDecimal interestPaid() {
        return lines.stream().map(line -> line.paid().min(line.instalment().interest()))
                .reduce(schedule.totalInterest().multiply(BigDecimal.ZERO), BigDecimal::add);
    }

    public BigDecimal interestRemaining() {
        return schedule.totalInterest().subtract(interestPaid());
    }

    /** The principal still owed: what was lent, less prepayments, less the principal that payments covered. */
    public BigDecimal outstandingPrincipal() {
        BigDecimal repaid = lines.stream().map(Line::principalCovered).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Amounts are stored at four decimals; every one is a whole number of the currency's minor units.
        return loan.getPrincipal().setScale(minorUnits(), java.math.RoundingMode.HALF_UP)
                .subtract(schedule.totalPrepaid()).subtract(repaid);
    }

    /** An instalment with what was paid towards it. */
    public record Line(Instalment instalment, BigDecimal paid, InstalmentStatus status) {

        /** What is still to pay on this instalment. */
        public BigDecimal due() {
            return instalment.amount().subtract(paid).max(BigDecimal.ZERO);
        }

        BigDecimal principalCovered() {
            return paid.subtract(instalment.interest()).max(BigDecimal.ZERO).min(instalment.principal());
        }
    }
}
