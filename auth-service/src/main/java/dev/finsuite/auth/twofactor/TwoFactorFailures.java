package dev.finsuite.auth.twofactor;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.security.IssuedToken;
import dev.finsuite.common.web.ApiException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** What two-factor sign-in and its settings refuse, each with the code a client can act on. */
public final class TwoFactorFailures {

    private TwoFactorFailures() {}

    /** The password was right; the account also needs the code of its authenticator (or a recovery code). */
    public static class CodeRequired extends ApiException {
        public CodeRequired() {
            super(
                    HttpStatus.UNAUTHORIZED,
                    "two_factor_required",
                    "This account signs in with a second factor: send the code of your authenticator app, or one"
                            + " of your recovery codes, as otp");
        }
    }

    /** A code that is not the current one, one used already, or no unused recovery code. */
    public static class CodeRefused extends ApiException {
        public CodeRefused() {
            super(
                    HttpStatus.UNAUTHORIZED,
                    "two_factor_invalid",
                    "The code is not the current one of your authenticator (each is good once), nor an unused"
                            + " recovery code");
        }
    }

    /**
     * The household requires a second factor and this member has none yet: the setup token (ten minutes, good for
     * nothing but setting one up) lets them do it now, before they are signed in.
     */
    public static class SetupRequired extends ApiException {
        private final IssuedToken setupToken;

        public SetupRequired(IssuedToken setupToken) {
            super(
                    HttpStatus.FORBIDDEN,
                    "two_factor_setup_required",
                    "Your household requires two-factor sign-in: set it up with the setup token"
                            + " (POST /api/v1/auth/two-factor/setup), then sign in with a code");
            this.setupToken = setupToken;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of(
                    "setupToken",
                    setupToken.value(),
                    "setupTokenExpiresAt",
                    setupToken.expiresAt().toString());
        }
    }

    static class AlreadyOn extends DomainFailure.Conflict {
        AlreadyOn() {
            super("two_factor_enabled", "Two-factor sign-in is on already; turn it off first to use another device");
        }
    }

    static class NotStarted extends DomainFailure.Conflict {
        NotStarted() {
            super("two_factor_not_started", "Start setting up two-factor sign-in first (POST /two-factor)");
        }
    }

    static class NotOn extends DomainFailure.Conflict {
        NotOn(String detail) {
            super("two_factor_not_enabled", detail);
        }
    }

    static class RequiredByHousehold extends DomainFailure.Conflict {
        RequiredByHousehold() {
            super(
                    "two_factor_required_by_household",
                    "Your household requires two-factor sign-in, so it cannot be turned off");
        }
    }

    static class WrongCode extends DomainFailure.Invalid {
        WrongCode() {
            super("code", "is not the current code of your authenticator");
        }
    }

    static class WrongPassword extends DomainFailure.Invalid {
        WrongPassword() {
            super("password", "is not your password");
        }
    }
}
