package dev.finsuite.auth.user;

import dev.finsuite.common.web.ApiException;

/** The ways a change to users can be refused, each named as the fact it is. */
public final class UserFailures {

    private UserFailures() {
    }

    public static class UserNotFound extends ApiException.NotFoundException {
        public UserNotFound() {
            super("No such user");
        }
    }

    public static class EmailAlreadyRegistered extends ApiException.ConflictException {
        public EmailAlreadyRegistered() {
            super("An account with this email address already exists");
        }
    }

    public static class LastOwnerRequired extends ApiException.ConflictException {
        public LastOwnerRequired() {
            super("A tenant must keep at least one active owner");
        }
    }

    public static class OnlyOwnersManageOwners extends ApiException.ForbiddenException {
        public OnlyOwnersManageOwners() {
            super("Only an owner can grant the owner role or change an owner");
        }
    }
}
