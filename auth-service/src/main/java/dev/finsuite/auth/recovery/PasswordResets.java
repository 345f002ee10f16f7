package dev.finsuite.auth.recovery;

import dev.finsuite.auth.link.LinkTenants;
import dev.finsuite.auth.mail.Mailer;
import dev.finsuite.auth.user.EmailDirectory;
import dev.finsuite.auth.user.EmailDirectory.LoginCandidate;
import dev.finsuite.auth.user.SessionsRevoked;
import dev.finsuite.auth.user.User;
import dev.finsuite.auth.user.UserRepository;
import dev.finsuite.common.crypto.RandomTokens;
import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot your password?": a link by email, good once for 30 minutes, stored only as its hash. Using it sets the
 * new password and signs the account out everywhere. Asking answers the same whether or not the address has an
 * account, and the email goes out after the answer, so neither the reply nor its timing tells who is registered.
 */
@Service
class PasswordResets {

    static final Duration VALID_FOR = Duration.ofMinutes(30);

    private final EmailDirectory directory;
    private final PasswordResetRepository resets;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final LinkTenants links;
    private final Clock clock;

    PasswordResets(
            EmailDirectory directory,
            PasswordResetRepository resets,
            UserRepository users,
            PasswordEncoder passwords,
            Mailer mailer,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            LinkTenants links,
            Clock clock) {
        this.directory = directory;
        this.resets = resets;
        this.users = users;
        this.passwords = passwords;
        this.mailer = mailer;
        this.events = events;
        this.transaction = transaction;
        this.links = links;
        this.clock = clock;
    }

    void request(String email) {
        mailer.requireConfigured();
        mailer.later(() -> {
            Optional<LoginCandidate> account = directory.find(email).filter(LoginCandidate::active);
            if (account.isEmpty()) {
                return;
            }
            String token = RandomTokens.urlSafe(32);
            Instant now = clock.instant();
            TenantContext.callAs(
                    account.get().tenantId(),
                    () -> transaction.execute(status -> {
                        resets.deleteUnusedOf(account.get().userId());
                        return resets.save(new PasswordReset(
                                hash(token),
                                account.get().userId(),
                                account.get().tenantId(),
                                now,
                                now.plus(VALID_FOR)));
                    }));
            mailer.send(
                    User.normalise(email),
                    "Reset your Finsuite password",
                    "Someone (we hope you) asked to reset the password of your Finsuite account.\n\n"
                            + "Choose a new one here within 30 minutes; the link works once:\n"
                            + mailer.link("/reset-password", token) + "\n\n"
                            + "Using it signs you out everywhere. If you did not ask, ignore this email: your"
                            + " password stays as it is.\n");
        });
    }

    /** Sets the new password for a good link, uses the link up and ends every sign-in of the account. */
    void reset(String token, String newPassword) {
        String hash = hash(token);
        UUID tenant = links.of(LinkTenants.Kind.PASSWORD_RESET, hash).orElseThrow(LinkRefused::new);
        TenantContext.callAs(
                tenant,
                () -> transaction.execute(status -> {
                    Instant now = clock.instant();
                    PasswordReset reset = resets.lockByTokenHash(hash)
                            .filter(found -> found.usableAt(now))
                            .orElseThrow(LinkRefused::new);
                    User user = users.findByIdAndTenantId(reset.userId(), reset.tenantId())
                            .filter(User::isActive)
                            .orElseThrow(LinkRefused::new);
                    user.changePasswordHash(passwords.encode(newPassword));
                    reset.use(now);
                    events.publishEvent(new SessionsRevoked(user.getTenantId(), user.getId(), null));
                    return null;
                }));
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }

    static class LinkRefused extends DomainFailure.Invalid {
        LinkRefused() {
            super("token", "is not a reset link that can still be used (each works once, for 30 minutes)");
        }
    }
}
