package dev.finsuite.auth.session;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.web.ApiException;
import dev.finsuite.common.web.ApiException.UnauthorizedException;
import org.springframework.http.HttpStatus;

final class AuthFailures {

    private AuthFailures() {}

    /** The same answer for an unknown address, a wrong password and a deactivated account. */
    static class InvalidCredentials extends UnauthorizedException {
        InvalidCredentials() {
            super("Email or password is incorrect");
        }
    }

    /** The password was right; the registration's address is not confirmed yet. */
    static class EmailNotVerified extends ApiException {
        EmailNotVerified() {
            super(
                    HttpStatus.FORBIDDEN,
                    "email_not_verified",
                    "Confirm your address with the link we emailed to it first (registering again sends a new one)");
        }
    }

    static class RefreshRefused extends UnauthorizedException {
        RefreshRefused() {
            super("The refresh token is invalid, expired or already used; sign in again");
        }
    }

    /** Not one of the caller's open sign-ins: ended already, someone else's, or never there. */
    static class SessionNotFound extends DomainFailure.NotFound {
        SessionNotFound() {
            super("No such sign-in");
        }
    }
}
