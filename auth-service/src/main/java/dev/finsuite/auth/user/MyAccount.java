package dev.finsuite.auth.user;

import dev.finsuite.auth.user.UserFailures.UserNotFound;
import dev.finsuite.auth.user.UserFailures.WrongCurrentPassword;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.security.AuthenticatedUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a user may change about themselves. */
@Service
class MyAccount {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    MyAccount(UserRepository users, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional(readOnly = true)
    User get(AuthenticatedUser caller) {
        return find(caller);
    }

    /** Applies {@code change} once the caller's precondition on the version (an If-Match) holds. */
    @Transactional
    User update(AuthenticatedUser caller, ExpectedVersion expected, ProfileChange change) {
        User user = find(caller);
        expected.check(user.getVersion());
        change.applyTo(user);
        users.flush();
        return user;
    }

    /** A new password signs out every other session; the one that changed it stays signed in. */
    @Transactional
    void changePassword(AuthenticatedUser caller, String currentPassword, String newPassword) {
        User user = find(caller);
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new WrongCurrentPassword();
        }
        user.changePasswordHash(passwords.encode(newPassword));
        events.publishEvent(new SessionsRevoked(user.getTenantId(), user.getId(), caller.sessionId()));
    }

    private User find(AuthenticatedUser caller) {
        return users.findByIdAndTenantId(caller.userId(), caller.tenantId())
                .filter(User::isActive)
                .orElseThrow(UserNotFound::new);
    }
}
