package dev.finsuite.auth.invitation;

import dev.finsuite.auth.access.CurrentRole;
import dev.finsuite.auth.link.LinkTenants;
import dev.finsuite.auth.mail.Mailer;
import dev.finsuite.auth.tenant.TenantRepository;
import dev.finsuite.auth.user.EmailDirectory;
import dev.finsuite.auth.user.Role;
import dev.finsuite.auth.user.User;
import dev.finsuite.auth.user.UserFailures;
import dev.finsuite.auth.user.UserRepository;
import dev.finsuite.common.crypto.RandomTokens;
import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An ADMIN invites a household member by email with a role; the invitee opens the link (good for seven days,
 * once), sets their name and password, and joins with that role. Only an OWNER invites an owner.
 */
@Service
class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final UserRepository users;
    private final TenantRepository tenants;
    private final EmailDirectory emails;
    private final CurrentRole currentRole;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final LinkTenants links;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            UserRepository users,
            TenantRepository tenants,
            EmailDirectory emails,
            CurrentRole currentRole,
            PasswordEncoder passwords,
            Mailer mailer,
            TransactionTemplate transaction,
            LinkTenants links,
            Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.tenants = tenants;
        this.emails = emails;
        this.currentRole = currentRole;
        this.passwords = passwords;
        this.mailer = mailer;
        this.transaction = transaction;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    Invitation invite(AuthenticatedUser caller, String email, Role role) {
        String callerRole = currentRole.require(caller, Role.ADMIN.name());
        if (role == Role.OWNER && !callerRole.equals(Role.OWNER.name())) {
            throw new UserFailures.OnlyOwnersManageOwners();
        }
        mailer.requireConfigured();
        String address = User.normalise(email);
        if (emails.isTaken(address)) {
            throw new UserFailures.EmailAlreadyRegistered();
        }
        invitations.deletePending(caller.tenantId(), address);
        String token = RandomTokens.urlSafe(32);
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(
                caller.tenantId(), address, role, Sha256.hex(token), caller.userId(), now, now.plus(VALID_FOR)));
        String household = tenants.findById(caller.tenantId()).orElseThrow().getName();
        String inviter = users.findByIdAndTenantId(caller.userId(), caller.tenantId())
                .map(User::getFullName)
                .orElse("Someone");
        String link = mailer.link("/accept-invitation", token);
        mailer.later(() -> mailer.send(
                address,
                inviter + " invites you to " + household + " on Finsuite",
                inviter + " invites you to keep the household's money with them in Finsuite (\"" + household
                        + "\", as " + role.name().toLowerCase(java.util.Locale.ROOT) + ").\n\n"
                        + "Join within seven days by choosing your password here; the link works once:\n" + link
                        + "\n\nIf you do not know them, ignore this email.\n"));
        return invitation;
    }

    @Transactional(readOnly = true)
    List<Invitation> pending(AuthenticatedUser caller) {
        currentRole.require(caller, Role.ADMIN.name());
        return invitations.pending(caller.tenantId(), clock.instant());
    }

    @Transactional
    void withdraw(AuthenticatedUser caller, UUID id) {
        currentRole.require(caller, Role.ADMIN.name());
        invitations.delete(
                invitations.findByIdAndTenantId(id, caller.tenantId()).orElseThrow(InvitationNotFound::new));
    }

    /** The invitee joins: a new account in the inviting household, with the invited role. */
    User accept(String token, String fullName, String password) {
        String hash = Sha256.hex(token);
        UUID tenant = links.of(LinkTenants.Kind.INVITATION, hash).orElseThrow(LinkRefused::new);
        return TenantContext.callAs(
                tenant,
                () -> transaction.execute(status -> {
                    Instant now = clock.instant();
                    Invitation invitation = invitations
                            .lockByTokenHash(hash)
                            .filter(found -> found.pendingAt(now))
                            .orElseThrow(LinkRefused::new);
                    if (emails.isTaken(invitation.email())) {
                        throw new UserFailures.EmailAlreadyRegistered();
                    }
                    User user = users.save(new User(
                            invitation.tenantId(),
                            invitation.email(),
                            fullName.strip(),
                            passwords.encode(password),
                            invitation.role()));
                    users.flush();
                    invitation.accept(now);
                    return user;
                }));
    }

    static class InvitationNotFound extends DomainFailure.NotFound {
        InvitationNotFound() {
            super("No such invitation");
        }
    }

    static class LinkRefused extends DomainFailure.Invalid {
        LinkRefused() {
            super("token", "is not an invitation that can still be accepted (each works once, for seven days)");
        }
    }
}
