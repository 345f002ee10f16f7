package dev.finsuite.auth.session;

import dev.finsuite.auth.session.AuthFailures.InvalidCredentials;
import dev.finsuite.auth.session.AuthFailures.RefreshRefused;
import dev.finsuite.auth.twofactor.TwoFactor;
import dev.finsuite.auth.twofactor.TwoFactorFailures;
import dev.finsuite.auth.user.EmailDirectory;
import dev.finsuite.auth.user.EmailDirectory.LoginCandidate;
import dev.finsuite.auth.user.User;
import dev.finsuite.auth.user.UserRepository;
import dev.finsuite.common.security.InvalidToken;
import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.security.RefreshTokenClaims;
import dev.finsuite.common.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in, refresh and sign-out. These start without a tenant (the caller has none yet), find it from the
 * account or the refresh token, and only then open a transaction in it.
 */
@Service
class SignIn {

    private final EmailDirectory directory;
    private final LoginAttempts attempts;
    private final PasswordEncoder passwords;
    private final UserRepository users;
    private final Sessions sessions;
    private final JwtTokens jwt;
    private final TransactionTemplate transaction;
    private final TwoFactor twoFactor;
    private final Clock clock;
    /** Checked against when the address is unknown, so both answers take as long. */
    private final String decoyHash;

    SignIn(
            EmailDirectory directory,
            LoginAttempts attempts,
            PasswordEncoder passwords,
            UserRepository users,
            Sessions sessions,
            JwtTokens jwt,
            TransactionTemplate transaction,
            TwoFactor twoFactor,
            Clock clock) {
        this.directory = directory;
        this.attempts = attempts;
        this.passwords = passwords;
        this.users = users;
        this.sessions = sessions;
        this.jwt = jwt;
        this.transaction = transaction;
        this.twoFactor = twoFactor;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-valid");
    }

    /**
     * The password, then, where the account has one, the second factor ({@code otp}: an authenticator's code or a
     * recovery code). A wrong code counts as a failed sign-in like a wrong password; a right password still waiting
     * for its code counts as neither.
     */
    TokenPair signIn(String email, String password, String otp, Client client) {
        long attempt = attempts.begin(email, client.ipAddress());
        LoginCandidate candidate = directory.find(email).orElse(null);
        boolean accepted = candidate == null
                ? decoyCheck(password)
                : passwords.matches(password, candidate.passwordHash()) && candidate.active();
        if (!accepted) {
            throw new InvalidCredentials();
        }
        Step step = TenantContext.callAs(
                candidate.tenantId(),
                () -> transaction.execute(status -> {
                    User user = users.findByIdAndTenantId(candidate.userId(), candidate.tenantId())
                            .orElseThrow(InvalidCredentials::new);
                    if (user.isEmailVerificationPending()) {
                        return new Step(null, null, true);
                    }
                    TwoFactor.AtSignIn second = twoFactor.atSignIn(user, otp);
                    if (second != TwoFactor.AtSignIn.NOT_USED && second != TwoFactor.AtSignIn.PASSED) {
                        return new Step(second, null, false);
                    }
                    user.recordSignIn(clock.instant());
                    return new Step(second, sessions.start(user, client), false);
                }));
        if (step.addressUnverified()) {
            attempts.withdraw(attempt);
            throw new AuthFailures.EmailNotVerified();
        }
        switch (step.secondFactor()) {
            case CODE_MISSING -> {
                attempts.withdraw(attempt);
                throw new TwoFactorFailures.CodeRequired();
            }
            case CODE_REFUSED -> throw new TwoFactorFailures.CodeRefused();
            case SETUP_NEEDED -> {
                attempts.withdraw(attempt);
                throw new TwoFactorFailures.SetupRequired(jwt.issuePurpose(
                        TwoFactor.SETUP_TOKEN_PURPOSE,
                        candidate.userId(),
                        candidate.tenantId(),
                        Duration.ofMinutes(10)));
            }
            default -> {
                attempts.succeeded(attempt);
                return step.tokens();
            }
        }
    }

    private record Step(TwoFactor.AtSignIn secondFactor, TokenPair tokens, boolean addressUnverified) {}

    TokenPair refresh(String refreshToken, Client client) {
        RefreshTokenClaims claims = verify(refreshToken);
        TokenPair pair = TenantContext.callAs(claims.tenantId(), () -> sessions.rotate(claims, refreshToken, client));
        if (pair == null) {
            throw new RefreshRefused();
        }
        return pair;
    }

    void signOut(String refreshToken) {
        RefreshTokenClaims claims = verify(refreshToken);
        TenantContext.callAs(claims.tenantId(), () -> {
            sessions.end(claims);
            return null;
        });
    }

    private RefreshTokenClaims verify(String refreshToken) {
        try {
            return jwt.verifyRefresh(refreshToken);
        } catch (InvalidToken e) {
            throw new RefreshRefused();
        }
    }

    private boolean decoyCheck(String password) {
        passwords.matches(password, decoyHash);
        return false;
    }
}
