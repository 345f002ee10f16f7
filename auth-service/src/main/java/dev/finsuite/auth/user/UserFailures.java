package dev.finsuite.auth.user;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a change to users can be refused, each named as the fact it is. */
public final class UserFailures {

    private UserFailures() {}

    public static class UserNotFound extends DomainFailure.NotFound {
        public UserNotFound() {
            super("No such user");
        }
    }

    public static class EmailAlreadyRegistered extends DomainFailure.Conflict {
        public EmailAlreadyRegistered() {
            super("An account with this email address already exists");
        }
    }

    public static class LastOwnerRequired extends DomainFailure.Conflict {
        public LastOwnerRequired() {
            super("A tenant must keep at least one active owner");
        }
    }

    public static class OnlyOwnersManageOwners extends DomainFailure.Forbidden {
        public OnlyOwnersManageOwners() {
            super("Only an owner can grant the owner role or change an owner");
        }
    }

    /** A password change must prove the account's holder knows the password it replaces. */
    public static class WrongCurrentPassword extends DomainFailure.Invalid {
        public WrongCurrentPassword() {
            super("currentPassword", "is not your current password");
        }
    }
}
