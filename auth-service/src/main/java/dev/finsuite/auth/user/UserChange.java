package dev.finsuite.auth.user;

import org.jspecify.annotations.Nullable;

/** An admin's partial change of a user: a new role, or (de)activation; a field left out (null) stays as it is. */
record UserChange(@Nullable Role role, @Nullable Boolean active) {

    static final UserChange DEACTIVATE = new UserChange(null, false);

    boolean grantsOwnership() {
        return role == Role.OWNER;
    }

    /** Whether {@code user}, an active owner now, would stop being one. */
    boolean removesOwnershipFrom(User user) {
        return user.isActiveOwner() && (role != null && role != Role.OWNER || deactivates());
    }

    boolean deactivates() {
        return Boolean.FALSE.equals(active);
    }

    void applyTo(User user) {
        if (role != null) {
            user.changeRole(role);
        }
        if (deactivates()) {
            user.deactivate();
        } else if (Boolean.TRUE.equals(active)) {
            user.activate();
        }
    }
}
