package dev.finsuite.investment.account;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a change to accounts can be refused, each named as the fact it is. */
public final class AccountFailures {

    private AccountFailures() {}

    public static class AccountNotFound extends DomainFailure.NotFound {
        public AccountNotFound() {
            super("No such investment account");
        }
    }

    public static class AccountNameTaken extends DomainFailure.Conflict {
        public AccountNameTaken() {
            super("Another investment account already has this name");
        }
    }

    public static class AccountHasActivities extends DomainFailure.Conflict {
        public AccountHasActivities() {
            super("This account has activities; delete them first, so no history is lost by accident");
        }
    }
}
