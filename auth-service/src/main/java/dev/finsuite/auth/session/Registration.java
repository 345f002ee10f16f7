package dev.finsuite.auth.session;

import dev.finsuite.auth.config.AuthProperties;
import dev.finsuite.auth.config.Validations;
import dev.finsuite.auth.link.LinkTenants;
import dev.finsuite.auth.mail.Mailer;
import dev.finsuite.auth.tenant.Tenant;
import dev.finsuite.auth.tenant.TenantRepository;
import dev.finsuite.auth.user.EmailDirectory;
import dev.finsuite.auth.user.EmailDirectory.LoginCandidate;
import dev.finsuite.auth.user.Role;
import dev.finsuite.auth.user.User;
import dev.finsuite.auth.user.UserFailures.EmailAlreadyRegistered;
import dev.finsuite.auth.user.UserRepository;
import dev.finsuite.common.crypto.RandomTokens;
import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new household signs up: a tenant, its first user as OWNER, and a first sign-in, all or nothing. Where the
 * installation verifies addresses ({@code EMAIL_VERIFICATION}), the sign-in waits for the link sent to the
 * address, and the answer is the same whether or not the address has an account: its owner is told by email
 * instead. A registration still waiting for its link does not hold the address; registering it again replaces it.
 */
@Service
class Registration {

    static final Duration LINK_VALID_FOR = Duration.ofDays(1);

    private final TenantRepository tenants;
    private final UserRepository users;
    private final EmailDirectory directory;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final TransactionTemplate transaction;
    private final AuthProperties properties;
    private final Currencies currencies;
    private final Mailer mailer;
    private final EmailVerificationRepository verifications;
    private final LinkTenants links;
    private final Clock clock;

    Registration(
            TenantRepository tenants,
            UserRepository users,
            EmailDirectory directory,
            PasswordEncoder passwords,
            Sessions sessions,
            TransactionTemplate transaction,
            AuthProperties properties,
            Currencies currencies,
            Mailer mailer,
            EmailVerificationRepository verifications,
            LinkTenants links,
            Clock clock) {
        this.currencies = currencies;
        this.tenants = tenants;
        this.users = users;
        this.directory = directory;
        this.passwords = passwords;
        this.sessions = sessions;
        this.transaction = transaction;
        this.properties = properties;
        this.mailer = mailer;
        this.verifications = verifications;
        this.links = links;
        this.clock = clock;
    }

    /** The new household signed in; empty where its address must be verified first (the link is on its way). */
    Optional<Registered> register(
            String tenantName,
            String fullName,
            String email,
            String password,
            String baseCurrency,
            String timezone,
            Client client) {
        String currency = currencies
                .requireBase("baseCurrency", baseCurrency == null ? properties.defaultCurrency() : baseCurrency)
                .code();
        String zone = Validations.timezone("timezone", timezone == null ? properties.defaultTimezone() : timezone);
        if (properties.emailVerification()) {
            registerUnverified(tenantName, fullName, email, password, currency, zone);
            return Optional.empty();
        }
        if (directory.isTaken(email)) {
            throw new EmailAlreadyRegistered();
        }
        String hash = passwords.encode(password);
        UUID tenantId = UUID.randomUUID();
        return Optional.of(TenantContext.callAs(
                tenantId,
                () -> transaction.execute(status -> {
                    Tenant tenant = tenants.save(new Tenant(tenantId, tenantName.strip(), currency, zone));
                    User owner = users.save(new User(tenantId, email, fullName.strip(), hash, Role.OWNER));
                    users.flush();
                    TokenPair tokens = sessions.start(owner, client);
                    return new Registered(tenant, owner, tokens);
                })));
    }

    private void registerUnverified(
            String tenantName, String fullName, String email, String password, String currency, String zone) {
        mailer.requireConfigured();
        String address = User.normalise(email);
        String hash = passwords.encode(password);
        Optional<LoginCandidate> existing = directory.find(address);
        if (existing.isPresent() && !releaseIfWaiting(existing.get())) {
            mailer.later(() -> mailer.send(
                    address,
                    "Someone tried to register your address on Finsuite",
                    "Someone (perhaps you) tried to open a new Finsuite household with this address, which already"
                            + " has an account. Nothing was changed.\n\nIf it was you, sign in instead, or reset"
                            + " your password here:\n" + mailer.page("/forgot-password") + "\n"));
            return;
        }
        UUID tenantId = UUID.randomUUID();
        String token = RandomTokens.urlSafe(32);
        Instant now = clock.instant();
        TenantContext.callAs(
                tenantId,
                () -> transaction.execute(status -> {
                    tenants.save(new Tenant(tenantId, tenantName.strip(), currency, zone));
                    User owner = new User(tenantId, address, fullName.strip(), hash, Role.OWNER);
                    owner.awaitEmailVerification();
                    users.save(owner);
                    users.flush();
                    return verifications.save(new EmailVerification(
                            Sha256.hex(token), owner.getId(), tenantId, now, now.plus(LINK_VALID_FOR)));
                }));
        mailer.later(() -> mailer.send(
                address,
                "Confirm your address for Finsuite",
                "Welcome to Finsuite. Confirm this is your address to open your household (the link works once,"
                        + " for a day):\n" + mailer.link("/verify-email", token)
                        + "\n\nIf you did not sign up, ignore this email; nothing happens.\n"));
    }

    /** A registration still waiting for its link gives the address up (with its empty household); true if so. */
    private boolean releaseIfWaiting(LoginCandidate candidate) {
        return TenantContext.callAs(
                candidate.tenantId(),
                () -> transaction.execute(status -> {
                    User waiting = users.findByIdAndTenantId(candidate.userId(), candidate.tenantId())
                            .filter(User::isEmailVerificationPending)
                            .orElse(null);
                    if (waiting == null) {
                        return false;
                    }
                    users.delete(waiting);
                    users.flush();
                    if (users.countByTenantId(candidate.tenantId()) == 0) {
                        tenants.findById(candidate.tenantId()).ifPresent(tenants::delete);
                    }
                    return true;
                }));
    }

    /** The link of a registration: its address is verified, and the new owner is signed in. */
    Registered verify(String token, Client client) {
        String hash = Sha256.hex(token);
        UUID tenant = links.of(LinkTenants.Kind.EMAIL_VERIFICATION, hash).orElseThrow(LinkRefused::new);
        return TenantContext.callAs(
                tenant,
                () -> transaction.execute(status -> {
                    Instant now = clock.instant();
                    EmailVerification verification = verifications
                            .lockByTokenHash(hash)
                            .filter(found -> found.usableAt(now))
                            .orElseThrow(LinkRefused::new);
                    User owner = users.findByIdAndTenantId(verification.userId(), verification.tenantId())
                            .orElseThrow(LinkRefused::new);
                    owner.verifyEmail();
                    verification.use(now);
                    Tenant household = tenants.findById(verification.tenantId()).orElseThrow(LinkRefused::new);
                    return new Registered(household, owner, sessions.start(owner, client));
                }));
    }

    record Registered(Tenant tenant, User owner, TokenPair tokens) {}

    static class LinkRefused extends DomainFailure.Invalid {
        LinkRefused() {
            super("token", "is not a confirmation link that can still be used (each works once, for a day)");
        }
    }
}
