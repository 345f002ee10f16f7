package dev.finsuite.emi.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A loan's instalments from the first to the one that leaves nothing owed. */
public record Schedule(List<Instalment> instalments, BigDecimal totalInterest, BigDecimal totalPrepaid) {

    public Schedule {
        instalments = List.copyOf(instalments);
    }

    /** The instalment due now: the first one's regular amount, or zero when a prepayment settled everything. */
    public BigDecimal firstEmi() {
        return instalments.isEmpty() ? BigDecimal.ZERO : instalments.get(0).amount();
    }

    /** The last instalment's due date, or null when prepayments settled the loan before its first instalment. */
    public LocalDate endDate() {
        return instalments.isEmpty()
                ? null
                : instalments.get(instalments.size() - 1).dueDate();
    }

    public int length() {
        return instalments.size();
    }

    public BigDecimal totalPayable() {
        return instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
