package dev.finsuite.emi.loan;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** The ways a loan, its payments and its history refuse a change, each named as the fact it is. */
public final class LoanFailures {

    private LoanFailures() {}

    public static final class LoanNotFound extends DomainFailure.NotFound {
        LoanNotFound() {
            super("No such loan");
        }
    }

    static final class PaymentNotFound extends DomainFailure.NotFound {
        PaymentNotFound() {
            super("No such payment");
        }
    }

    static final class PrepaymentNotFound extends DomainFailure.NotFound {
        PrepaymentNotFound() {
            super("No such prepayment");
        }
    }

    static final class RateChangeNotFound extends DomainFailure.NotFound {
        RateChangeNotFound() {
            super("No such rate change");
        }
    }

    static final class LoanClosed extends DomainFailure.Conflict {
        LoanClosed() {
            super("This loan is closed; reopen it (status ACTIVE) to record money against it");
        }
    }

    static final class TermsFrozen extends DomainFailure.Conflict {
        TermsFrozen() {
            super("This loan has payments, prepayments or rate changes: its principal, rate, tenure and dates can no "
                    + "longer change. Record a rate change or a prepayment instead");
        }
    }

    static final class EveryInstalmentPaid extends DomainFailure.Conflict {
        EveryInstalmentPaid() {
            super("Every instalment of this loan is paid");
        }
    }

    static final class InstalmentAlreadyPaid extends DomainFailure.Conflict {
        InstalmentAlreadyPaid(int number) {
            super("Instalment " + number + " is already paid");
        }
    }

    /** A re-projection may never change an instalment that money was already paid against. */
    static final class PaidInstalmentsWouldChange extends DomainFailure.Conflict {
        PaidInstalmentsWouldChange(int firstAffected) {
            super("Instalment " + firstAffected + " or a later one already has payments, and this would re-project "
                    + "it. Reverse those payments first, or date this after them");
        }
    }

    static final class Overpayment extends DomainFailure.Refused {
        Overpayment(UUID loanId, int number, Money due) {
            super(
                    "overpayment",
                    "Instalment " + number + " needs only " + due.shownAmount() + " more; pay that, and send "
                            + "the rest as a prepayment (POST /api/v1/emis/" + loanId + "/prepayments)");
        }
    }

    static final class NoSuchInstalment extends DomainFailure.Invalid {
        NoSuchInstalment(int instalments) {
            super("instalmentNumber", "must be between 1 and " + instalments + ", the instalments of this loan");
        }
    }

    /** Money for a loan is in the loan's currency and must be payable as it is. */
    static final class FinerThanTheCurrency extends DomainFailure.Invalid {
        FinerThanTheCurrency(String field, Money money) {
            super(field, money.currencyCode() + " has " + money.currency().minorUnits() + " decimal places");
        }
    }

    static final class PaidInTheFuture extends DomainFailure.Invalid {
        PaidInTheFuture() {
            super("paidOn", "must not be in the future");
        }
    }

    static final class PrepaidInTheFuture extends DomainFailure.Invalid {
        PrepaidInTheFuture() {
            super("date", "must not be in the future; use what-if to plan a prepayment");
        }
    }

    static final class BeforeDisbursal extends DomainFailure.Invalid {
        BeforeDisbursal(String field, LocalDate disbursalDate) {
            super(field, "must not be before the loan was disbursed (" + disbursalDate + ")");
        }
    }

    /** Loan dates outside the range date arithmetic is safe in, or a first instalment that cannot be. */
    static final class ImpossibleDate extends DomainFailure.Invalid {
        ImpossibleDate(String field, String message) {
            super(field, message);
        }
    }
}
