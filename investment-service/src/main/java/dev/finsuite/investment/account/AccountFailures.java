package dev.finsuite.investment.account;

import dev.finsuite.common.web.ApiException;

/** The ways a change to accounts can be refused, each named as the fact it is. */
public final class AccountFailures {

    private AccountFailures() {
    }

    public static class AccountNotFound extends ApiException.NotFoundException {
        public AccountNotFound() {
            super("No such investment account");
        }
    }

    public static class AccountNameTaken extends ApiException.ConflictException {
        public AccountNameTaken() {
            super("Another investment account already has this name");
        }
    }

    public static class AccountHasActivities extends ApiException.ConflictException {
        public AccountHasActivities() {
            super("This account has activities; delete them first, so no history is lost by accident");
        }
    }
}
