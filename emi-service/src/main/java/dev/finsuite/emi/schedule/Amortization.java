package dev.finsuite.emi.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Projects a schedule the way banks print one. The EMI is the reducing-balance instalment
 * P·r·(1+r)^n / ((1+r)^n − 1), r = annual rate / 12 / 100 (P/n at 0%), worked at 34 significant digits and
 * rounded half-up to the currency's minor units. Each month's interest is the opening balance × r, rounded
 * half-up; principal is the EMI less that interest; the last instalment pays the whole remaining balance plus
 * its interest, so the final closing balance is exactly zero.
 *
 * <p>Adjustments are applied in date order, each at the first instalment it affects, and never touch an
 * earlier instalment.
 */
public final class Amortization {

    /** Longer than any loan the API accepts (600 months), so a re-projection can grow a little, never forever. */
    static final int MAX_INSTALMENTS = 1200;

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private Amortization() {}

    public static BigDecimal monthlyRate(BigDecimal annualRatePercent) {
        return annualRatePercent.divide(TWELVE_HUNDRED, PRECISION);
    }

    /** The instalment that repays {@code balance} over {@code months} at {@code annualRate} percent. */
    public static BigDecimal emi(BigDecimal balance, BigDecimal annualRate, int months, int minorUnits) {
        BigDecimal r = monthlyRate(annualRate);
        if (r.signum() == 0) {
            return balance.divide(BigDecimal.valueOf(months), minorUnits, RoundingMode.HALF_UP);
        }
        BigDecimal growth = BigDecimal.ONE.add(r).pow(months, PRECISION);
        return balance.multiply(r, PRECISION)
                .multiply(growth, PRECISION)
                .divide(growth.subtract(BigDecimal.ONE), PRECISION)
                .setScale(minorUnits, RoundingMode.HALF_UP);
    }

    public static Schedule project(LoanTerms terms) {
        return project(terms, List.of());
    }

    public static Schedule project(LoanTerms terms, List<? extends Adjustment> adjustments) {
        return new Projection(terms, adjustments).run();
    }

    /** The number of the first instalment {@code adjustment} changes, given the loan's due dates. */
    public static int firstAffected(LoanTerms terms, Adjustment adjustment) {
        int number = 1;
        while (!adjustment.appliesTo(terms.dueDate(number)) && number <= MAX_INSTALMENTS) {
            number++;
        }
        return number;
    }

    /** One walk through the months, carrying the balance, the rate, the EMI and the last instalment's number. */
    private static final class Projection {
        private final LoanTerms terms;
        private final List<Adjustment> pending;
        private final int scale;
        private BigDecimal balance;
        private BigDecimal annualRate;
        private BigDecimal emi;
        private int lastNumber;

        Projection(LoanTerms terms, List<? extends Adjustment> adjustments) {
            this.terms = terms;
            this.pending = new ArrayList<>(adjustments);
            this.pending.sort(Comparator.comparing(Adjustment::date)); // stable: same-day ones keep their order
            this.scale = terms.minorUnits();
            this.balance = terms.principal().setScale(scale, RoundingMode.HALF_UP);
            this.annualRate = terms.annualRate();
            this.lastNumber = terms.tenureMonths();
            this.emi = emi(balance, annualRate, lastNumber, scale);
            if (emi.signum() == 0) {
                throw new ScheduleRejected(
                        "emi_rounds_to_zero",
                        "An instalment of " + balance + " over " + lastNumber
                                + " months rounds to nothing in this currency; shorten the tenure");
            }
        }

        Schedule run() {
            List<Instalment> instalments = new ArrayList<>(lastNumber);
            BigDecimal totalInterest = zero();
            BigDecimal totalPrepaid = zero();
            for (int number = 1; balance.signum() > 0; number++) {
                LocalDate due = terms.dueDate(number);
                BigDecimal prepaid = applyAdjustmentsBefore(number, due);
                totalPrepaid = totalPrepaid.add(prepaid);
                if (balance.signum() == 0) {
                    break;
                }
                BigDecimal opening = balance;
                BigDecimal interest = interestOn(opening);
                BigDecimal principal;
                BigDecimal amount;
                if (number >= lastNumber || opening.add(interest).compareTo(emi) <= 0) {
                    principal = opening;
                    amount = opening.add(interest);
                } else {
                    // At extreme rates the first instalments can repay nothing (or, by a rounding cent, less than
                    // nothing); over a fixed tenure the last instalment still clears the balance exactly.
                    principal = emi.subtract(interest);
                    amount = emi;
                }
                balance = opening.subtract(principal);
                totalInterest = totalInterest.add(interest);
                instalments.add(new Instalment(
                        number, due, opening, prepaid, amount, interest, principal, balance, annualRate));
            }
            if (!pending.isEmpty()) {
                Adjustment late = pending.get(0);
                throw new ScheduleRejected(
                        "after_final_instalment",
                        "The loan is repaid by then: " + late.date() + " is after its final instalment");
            }
            return new Schedule(instalments, totalInterest, totalPrepaid);
        }

        private BigDecimal applyAdjustmentsBefore(int number, LocalDate due) {
            BigDecimal prepaid = zero();
            while (!pending.isEmpty() && pending.get(0).appliesTo(due)) {
                Adjustment adjustment = pending.remove(0);
                if (adjustment instanceof Adjustment.Prepayment prepayment) {
                    BigDecimal amount = prepayment.amount().setScale(scale, RoundingMode.HALF_UP);
                    if (amount.compareTo(balance) > 0) {
                        throw new ScheduleRejected(
                                "prepayment_exceeds_balance",
                                "The prepayment of " + amount + " is more than the " + balance + " owed on "
                                        + prepayment.date());
                    }
                    balance = balance.subtract(amount);
                    prepaid = prepaid.add(amount);
                } else if (adjustment instanceof Adjustment.RateChange change) {
                    annualRate = change.annualRate();
                }
                if (balance.signum() > 0) {
                    reshape(adjustment.strategy(), number);
                }
            }
            return prepaid;
        }

        private void reshape(Strategy strategy, int number) {
            if (strategy == Strategy.REDUCE_EMI) {
                emi = emi(balance, annualRate, Math.max(1, lastNumber - number + 1), scale);
            } else {
                lastNumber = number + instalmentsToRepay() - 1;
            }
        }

        /** The fewest instalments of the current EMI that repay the balance; the last of them is smaller. */
        private int instalmentsToRepay() {
            BigDecimal remaining = balance;
            for (int count = 1; count <= MAX_INSTALMENTS; count++) {
                BigDecimal interest = interestOn(remaining);
                if (remaining.add(interest).compareTo(emi) <= 0) {
                    return count;
                }
                BigDecimal principal = emi.subtract(interest);
                if (principal.signum() <= 0) {
                    throw new ScheduleRejected(
                            "emi_below_interest",
                            "An instalment of " + emi
                                    + " does not cover the monthly interest of " + interest + " at " + annualRate
                                    + "%; choose REDUCE_EMI");
                }
                remaining = remaining.subtract(principal);
            }
            throw new ScheduleRejected(
                    "tenure_too_long",
                    "At an instalment of " + emi + " the loan would run past " + MAX_INSTALMENTS
                            + " months; choose REDUCE_EMI");
        }

        /**
         * A month's interest, rounded half-up from the exact value: balance × rate / 1200 divided once, never
         * through a truncated r, which would round a tie such as 7.225 down.
         */
        private BigDecimal interestOn(BigDecimal balance) {
            return balance.multiply(annualRate).divide(TWELVE_HUNDRED, scale, RoundingMode.HALF_UP);
        }

        private BigDecimal zero() {
            return BigDecimal.ZERO.setScale(scale);
        }
    }
}
