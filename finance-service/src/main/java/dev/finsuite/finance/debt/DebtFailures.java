package dev.finsuite.finance.debt;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.money.Money;
import java.time.LocalDate;

/** The ways a change to borrowings and lendings can be refused, each named as the fact it is. */
final class DebtFailures {

    private DebtFailures() {}

    static DomainFailure notFound(Direction direction) {
        return direction == Direction.BORROWED ? new BorrowingNotFound() : new LendingNotFound();
    }

    static final class BorrowingNotFound extends DomainFailure.NotFound {
        BorrowingNotFound() {
            super("No such borrowing");
        }
    }

    static final class LendingNotFound extends DomainFailure.NotFound {
        LendingNotFound() {
            super("No such lending");
        }
    }

    static final class PaymentNotFound extends DomainFailure.NotFound {
        PaymentNotFound() {
            super("No such payment");
        }
    }

    /** Repayments were made in the debt's currency; changing it would change what they were worth. */
    static final class CurrencyFixedByPayments extends DomainFailure.Conflict {
        CurrencyFixedByPayments(Money paid) {
            super("Repayments were recorded in " + paid.currencyCode() + "; the currency can no longer change");
        }
    }

    static final class PaidMoreThanNewTerms extends DomainFailure.Conflict {
        PaidMoreThanNewTerms(Money paid, Money newTotal) {
            super("More has already been paid (" + paid.amount().toPlainString() + ") than these terms make due ("
                    + newTotal.amount().toPlainString() + ")");
        }
    }

    static final class Overpayment extends DomainFailure.Refused {
        Overpayment(Money outstanding, Money offered) {
            super(
                    "overpayment",
                    "Only " + outstanding.amount().toPlainString() + " " + outstanding.currencyCode()
                            + " is outstanding; " + offered.amount().toPlainString() + " is more than that");
        }
    }

    /** A repayment before the money was lent, or later than today. */
    static final class PaymentDateOutOfRange extends DomainFailure.Invalid {
        PaymentDateOutOfRange(Direction direction, LocalDate start) {
            super(
                    "date",
                    "must be between the " + (direction == Direction.BORROWED ? "borrowing" : "lending") + "'s date ("
                            + start + ") and today");
        }
    }

    static final class DueBeforeStart extends DomainFailure.Invalid {
        DueBeforeStart() {
            super("dueDate", "must not be before date");
        }
    }

    static final class InterestNeedsDueDate extends DomainFailure.Invalid {
        InterestNeedsDueDate() {
            super("dueDate", "is needed with an interest rate: interest runs until it");
        }
    }

    static final class BlankCounterparty extends DomainFailure.Invalid {
        BlankCounterparty() {
            super("counterpartyName", "must not be blank");
        }
    }
}
