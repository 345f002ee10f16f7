package dev.finsuite.auth.user;

import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it: never the password hash. */
public record UserView(
        UUID id,
        String email,
        String fullName,
        Role role,
        boolean active,
        String locale,
        String timezone,
        Instant lastLoginAt,
        Instant createdAt,
        long version) {

    public static UserView of(User user) {
        return new UserView(
                user.getId(),
                user.getEmail(),
                user.getFullName(),
                user.getRole(),
                user.isActive(),
                user.getLocale(),
                user.getTimezone(),
                user.getLastLoginAt(),
                user.getCreatedAt(),
                user.getVersion());
    }
}
