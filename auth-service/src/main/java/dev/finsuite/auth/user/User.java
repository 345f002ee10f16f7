package dev.finsuite.auth.user;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who signs in to one tenant, with one role there. */
@Entity
@Table(name = "users")
public class User extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String email;
    private String fullName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean active;

    /** A new registration's address waits for its link before the account can sign in (EMAIL_VERIFICATION). */
    private boolean emailVerificationPending;

    private String locale;
    private String timezone;
    private Instant lastLoginAt;

    protected User() {}

    public User(UUID tenantId, String email, String fullName, String passwordHash, Role role) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.email = normalise(email);
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.active = true;
    }

    /** Addresses are compared without regard to case or surrounding spaces. */
    public static String normalise(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Registered where addresses are verified: it signs in once the link sent to its address is used. */
    public void awaitEmailVerification() {
        this.emailVerificationPending = true;
    }

    public void verifyEmail() {
        this.emailVerificationPending = false;
    }

    public boolean isEmailVerificationPending() {
        return emailVerificationPending;
    }

    public boolean isOwner() {
        return role == Role.OWNER;
    }

    public boolean isActiveOwner() {
        return active && isOwner();
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void rename(String fullName) {
        this.fullName = fullName;
    }

    public void changeLocale(String locale) {
        this.locale = locale;
    }

    public void changeTimezone(String timezone) {
        this.timezone = timezone;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void recordSignIn(Instant at) {
        this.lastLoginAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public String getLocale() {
        return locale;
    }

    public String getTimezone() {
        return timezone;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
