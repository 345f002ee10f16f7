package dev.finsuite.auth.twofactor;

import dev.finsuite.auth.access.CurrentRole;
import dev.finsuite.auth.tenant.Tenant;
import dev.finsuite.auth.tenant.TenantRepository;
import dev.finsuite.auth.user.SessionsRevoked;
import dev.finsuite.auth.user.User;
import dev.finsuite.auth.user.UserFailures;
import dev.finsuite.auth.user.UserRepository;
import dev.finsuite.common.crypto.SealedText;
import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.security.SuiteSecurityProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in: a user sets up an authenticator (TOTP) and receives ten single-use recovery codes; sign-in
 * then asks for a code besides the password. An OWNER who has it on may require it of the whole household: every
 * member without it is signed out everywhere and sets it up at their next sign-in.
 */
@Service
public class TwoFactor {

    /**
     * What the token is for that a member gets with the 403 of a sign-in their household's requirement stops: the
     * two setup calls and nothing else (its audience and type are its own).
     */
    public static final String SETUP_TOKEN_PURPOSE = "two-factor-setup";

    private static final String ISSUER = "Finsuite";
    private static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private final TwoFactorSecretRepository secrets;
    private final RecoveryCodeRepository codes;
    private final UserRepository users;
    private final TenantRepository tenants;
    private final CurrentRole currentRole;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SealedText sealed;
    private final SecureRandom random = new SecureRandom();

    TwoFactor(
            TwoFactorSecretRepository secrets,
            RecoveryCodeRepository codes,
            UserRepository users,
            TenantRepository tenants,
            CurrentRole currentRole,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock,
            SuiteSecurityProperties security) {
        this.secrets = secrets;
        this.codes = codes;
        this.users = users;
        this.tenants = tenants;
        this.currentRole = currentRole;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.sealed = SealedText.derivedFrom(security.secretKey(), "finsuite/auth/totp-secrets/v1");
    }

    /** Where a user's two-factor sign-in stands. */
    @Schema(example = """
            {"enabled": true, "pending": false, "enabledAt": "2026-12-08T09:15:00Z", "recoveryCodesLeft": 9,
             "requiredByHousehold": false}""")
    public record Status(
            boolean enabled,
            boolean pending,
            java.time.Instant enabledAt,
            long recoveryCodesLeft,
            boolean requiredByHousehold) {}

    /** A secret to enter in an authenticator, by hand or as the {@code otpauth://} address (a QR code). */
    @Schema(example = """
            {"secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
             "otpauthUri": "otpauth://totp/Finsuite:me%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Finsuite&algorithm=SHA1&digits=6&period=30"}""")
    public record Enrolment(String secret, String otpauthUri) {}

    /** What a sign-in's second step found. */
    public enum AtSignIn {
        /** The account has no second factor and its household does not require one. */
        NOT_USED,
        /** The code or recovery code was right. */
        PASSED,
        /** The account has a second factor and no code was sent. */
        CODE_MISSING,
        /** A code was sent and is not good. */
        CODE_REFUSED,
        /** The household requires a second factor the account does not have yet. */
        SETUP_NEEDED
    }

    @Transactional(readOnly = true)
    public Status status(UUID userId, UUID tenantId) {
        var secret = secrets.findByUserIdAndTenantId(userId, tenantId);
        boolean enabled = secret.map(TwoFactorSecret::confirmed).orElse(false);
        return new Status(
                enabled,
                secret.isPresent() && !enabled,
                secret.map(TwoFactorSecret::confirmedAt).orElse(null),
                enabled ? codes.countByUserIdAndTenantIdAndUsedAtIsNull(userId, tenantId) : 0,
                tenant(tenantId).requiresTwoFactor());
    }

    /** A new secret, pending until {@link #confirm}; one pending before is replaced. 409 while one is on. */
    @Transactional
    public Enrolment start(UUID userId, UUID tenantId) {
        User user = user(userId, tenantId);
        var existing = secrets.lockByUserIdAndTenantId(userId, tenantId);
        if (existing.isPresent()) {
            if (existing.get().confirmed()) {
                throw new TwoFactorFailures.AlreadyOn();
            }
            secrets.delete(existing.get());
            secrets.flush();
        }
        String secret = OneTimeCodes.newSecret();
        secrets.save(new TwoFactorSecret(userId, tenantId, sealed.seal(secret, userId.toString()), clock.instant()));
        return new Enrolment(secret, OneTimeCodes.uri(ISSUER, user.getEmail(), secret));
    }

    /** The first code proves the authenticator holds the secret: it is on, and here are its recovery codes. */
    @Transactional
    public List<String> confirm(UUID userId, UUID tenantId, String code) {
        TwoFactorSecret secret =
                secrets.lockByUserIdAndTenantId(userId, tenantId).orElseThrow(TwoFactorFailures.NotStarted::new);
        if (secret.confirmed()) {
            throw new TwoFactorFailures.AlreadyOn();
        }
        OptionalLong step = OneTimeCodes.matchingStep(open(secret), code, clock.instant());
        if (step.isEmpty()) {
            throw new TwoFactorFailures.WrongCode();
        }
        secret.confirm(step.getAsLong(), clock.instant());
        return newRecoveryCodes(userId, tenantId);
    }

    /** A fresh set of recovery codes, for a current code; every earlier one stops working. */
    @Transactional
    public List<String> replaceRecoveryCodes(UUID userId, UUID tenantId, String code) {
        TwoFactorSecret secret = confirmedSecret(userId, tenantId);
        OptionalLong step = OneTimeCodes.matchingStep(open(secret), code, clock.instant());
        if (step.isEmpty() || !secret.accepts(step.getAsLong())) {
            throw new TwoFactorFailures.WrongCode();
        }
        secret.used(step.getAsLong());
        return newRecoveryCodes(userId, tenantId);
    }

    /** Turns it off, for the account's password; never while the household requires it. */
    @Transactional
    public void disable(UUID userId, UUID tenantId, String password) {
        User user = user(userId, tenantId);
        if (password == null || !passwords.matches(password, user.getPasswordHash())) {
            throw new TwoFactorFailures.WrongPassword();
        }
        if (tenant(tenantId).requiresTwoFactor()) {
            throw new TwoFactorFailures.RequiredByHousehold();
        }
        TwoFactorSecret secret = confirmedSecret(userId, tenantId);
        codes.deleteAllOf(userId, tenantId);
        secrets.delete(secret);
    }

    /**
     * An OWNER requires (or stops requiring) a second factor of every member. To require it they must have one
     * themselves, so they cannot lock the household out; members without one are signed out everywhere at once.
     */
    @Transactional
    public Tenant require(AuthenticatedUser caller, boolean required) {
        currentRole.require(caller, "OWNER");
        Tenant tenant = tenants.lockById(caller.tenantId()).orElseThrow();
        if (required && !status(caller.userId(), caller.tenantId()).enabled()) {
            throw new TwoFactorFailures.NotOn("Turn on two-factor sign-in for yourself before requiring it");
        }
        boolean newlyRequired = required && !tenant.requiresTwoFactor();
        tenant.requireTwoFactor(required);
        if (newlyRequired) {
            Set<UUID> withSecondFactor = new HashSet<>(secrets.confirmedUsers(caller.tenantId()));
            for (UUID member : users.idsOfTenant(caller.tenantId())) {
                if (!withSecondFactor.contains(member)) {
                    events.publishEvent(new SessionsRevoked(caller.tenantId(), member, null));
                }
            }
        }
        return tenants.save(tenant);
    }

    /**
     * The second step of a sign-in whose password was right, inside its tenant's transaction: a current TOTP code
     * (each good once) or an unused recovery code (used up by this).
     */
    @Transactional
    public AtSignIn atSignIn(User user, String otp) {
        var found = secrets.lockByUserIdAndTenantId(user.getId(), user.getTenantId())
                .filter(TwoFactorSecret::confirmed);
        if (found.isEmpty()) {
            return tenant(user.getTenantId()).requiresTwoFactor() ? AtSignIn.SETUP_NEEDED : AtSignIn.NOT_USED;
        }
        if (otp == null || otp.isBlank()) {
            return AtSignIn.CODE_MISSING;
        }
        TwoFactorSecret secret = found.get();
        OptionalLong step = OneTimeCodes.matchingStep(open(secret), otp.strip(), clock.instant());
        if (step.isPresent() && secret.accepts(step.getAsLong())) {
            secret.used(step.getAsLong());
            return AtSignIn.PASSED;
        }
        var recovery = codes.findByUserIdAndTenantIdAndCodeHash(user.getId(), user.getTenantId(), hash(otp))
                .filter(RecoveryCode::unused);
        if (recovery.isPresent()) {
            recovery.get().use(clock.instant());
            return AtSignIn.PASSED;
        }
        return AtSignIn.CODE_REFUSED;
    }

    private List<String> newRecoveryCodes(UUID userId, UUID tenantId) {
        codes.deleteAllOf(userId, tenantId);
        List<String> shown = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            shown.add(code);
            codes.save(new RecoveryCode(userId, tenantId, hash(code)));
        }
        return shown;
    }

    /** Ten characters of base32 (50 random bits), shown as two groups of five. */
    private String recoveryCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Case, spaces and the dash do not matter when a recovery code is typed back. */
    private static String hash(String code) {
        return Sha256.hex(code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }

    private TwoFactorSecret confirmedSecret(UUID userId, UUID tenantId) {
        return secrets.lockByUserIdAndTenantId(userId, tenantId)
                .filter(TwoFactorSecret::confirmed)
                .orElseThrow(() -> new TwoFactorFailures.NotOn("Two-factor sign-in is not on"));
    }

    private String open(TwoFactorSecret secret) {
        return sealed.open(secret.secretCiphertext(), secret.userId().toString());
    }

    private User user(UUID userId, UUID tenantId) {
        return users.findByIdAndTenantId(userId, tenantId).orElseThrow(UserFailures.UserNotFound::new);
    }

    private Tenant tenant(UUID tenantId) {
        return tenants.findById(tenantId).orElseThrow();
    }
}
