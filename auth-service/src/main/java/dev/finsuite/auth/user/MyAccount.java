package dev.finsuite.auth.user;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.auth.config.Validations;
import org.springframework.context.ApplicationEventPublisher;
import dev.finsuite.auth.user.UserFailures.UserNotFound;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;

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

    @Transactional
    User update(AuthenticatedUser caller, String ifMatch, String fullName, String locale, String timezone) {
        User user = find(caller);
        ETags.requireMatch(ifMatch, user.getVersion());
        if (fullName != null) {
            user.rename(fullName.strip());
        }
        if (locale != null) {
            user.changeLocale(Validations.locale("locale", locale));
        }
        if (timezone != null) {
            user.changeTimezone(Validations.timezone("timezone", timezone));
        }
        users.flush();
        return user;
    }

    /** A new password signs out every other session; the one that changed it stays signed in. */
    @Transactional
    void changePassword(AuthenticatedUser caller, String currentPassword, String newPassword) {
        User user = find(caller);
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new ValidationException("currentPassword", "is not your current password");
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
