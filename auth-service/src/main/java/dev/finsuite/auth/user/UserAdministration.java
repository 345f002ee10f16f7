package dev.finsuite.auth.user;

import dev.finsuite.auth.access.CurrentRole;
import dev.finsuite.auth.tenant.TenantRepository;
import dev.finsuite.auth.user.UserFailures.EmailAlreadyRegistered;
import dev.finsuite.auth.user.UserFailures.LastOwnerRequired;
import dev.finsuite.auth.user.UserFailures.OnlyOwnersManageOwners;
import dev.finsuite.auth.user.UserFailures.UserNotFound;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.security.AuthenticatedUser;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How admins manage the people of their tenant, and the rules that keep a tenant governable. */
@Service
public class UserAdministration {

    private final UserRepository users;
    private final TenantRepository tenants;
    private final EmailDirectory emails;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final CurrentRole currentRole;

    UserAdministration(
            UserRepository users,
            TenantRepository tenants,
            EmailDirectory emails,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            CurrentRole currentRole) {
        this.currentRole = currentRole;
        this.users = users;
        this.tenants = tenants;
        this.emails = emails;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<User> list(AuthenticatedUser caller, Pageable pageable) {
        return users.findAllByTenantId(caller.tenantId(), pageable);
    }

    @Transactional(readOnly = true)
    public User get(AuthenticatedUser caller, UUID id) {
        return users.findByIdAndTenantId(id, caller.tenantId()).orElseThrow(UserNotFound::new);
    }

    @Transactional
    public User add(AuthenticatedUser caller, String email, String fullName, Role role, String password) {
        String callerRole = currentRole.require(caller, Role.ADMIN.name());
        if (role == Role.OWNER && !callerRole.equals(Role.OWNER.name())) {
            throw new OnlyOwnersManageOwners();
        }
        if (emails.isTaken(email)) {
            throw new EmailAlreadyRegistered();
        }
        User user = new User(caller.tenantId(), email, fullName, passwords.encode(password), role);
        User saved = users.save(user);
        users.flush();
        return saved;
    }

    /**
     * Applies {@code change} once the caller's precondition on the version (an If-Match) holds. Only an owner
     * touches ownership, and the tenant always keeps one active owner.
     */
    @Transactional
    public User change(AuthenticatedUser caller, UUID id, ExpectedVersion expected, UserChange change) {
        User user = lockTenantAndFind(caller, id);
        String callerRole = currentRole.require(caller, Role.ADMIN.name());
        expected.check(user.getVersion());
        boolean touchesOwnership = user.isOwner() || change.grantsOwnership();
        if (touchesOwnership && !callerRole.equals(Role.OWNER.name())) {
            throw new OnlyOwnersManageOwners();
        }
        if (change.removesOwnershipFrom(user) && activeOwners(caller) <= 1) {
            throw new LastOwnerRequired();
        }
        Role roleBefore = user.getRole();
        change.applyTo(user);
        if (user.getRole() != roleBefore) {
            // The tokens stating the old role are refused everywhere; refreshing gives one with the new role.
            events.publishEvent(new AccessOutdated(user.getId()));
        }
        if (change.deactivates()) {
            events.publishEvent(new SessionsRevoked(user.getTenantId(), user.getId(), null));
        }
        users.flush();
        return user;
    }

    @Transactional
    public void deactivate(AuthenticatedUser caller, UUID id) {
        change(caller, id, anyVersion -> {}, UserChange.DEACTIVATE);
    }

    /**
     * Locks the tenant row first, so two admins demoting the last two owners at once cannot both succeed:
     * the second waits and then counts one owner.
     */
    private User lockTenantAndFind(AuthenticatedUser caller, UUID id) {
        tenants.lockById(caller.tenantId());
        return users.findByIdAndTenantId(id, caller.tenantId()).orElseThrow(UserNotFound::new);
    }

    private long activeOwners(AuthenticatedUser caller) {
        return users.countByTenantIdAndRoleAndActiveTrue(caller.tenantId(), Role.OWNER);
    }
}
