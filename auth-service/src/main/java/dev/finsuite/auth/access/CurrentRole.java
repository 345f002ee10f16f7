package dev.finsuite.auth.access;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.security.AuthenticatedUser;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An access token states the role its holder had when it was issued, up to 15 minutes ago. Changes to who
 * governs a tenant (users, roles, tenant settings) ask the database instead, so an admin who was just
 * demoted or deactivated cannot use a token they still hold.
 */
@Component
public class CurrentRole {

    private static final List<String> RANKS = List.of("VIEWER", "MEMBER", "ADMIN", "OWNER");

    private final JdbcClient jdbc;

    CurrentRole(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's role now; 403 when they are deactivated or below {@code minimum}. Call inside a transaction. */
    public String require(AuthenticatedUser caller, String minimum) {
        Optional<String> role = jdbc.sql("select role from users where id = ? and tenant_id = ? and active")
                .param(caller.userId())
                .param(caller.tenantId())
                .query(String.class)
                .optional();
        if (role.isEmpty() || RANKS.indexOf(role.get()) < RANKS.indexOf(minimum)) {
            throw new RoleNotAllowed();
        }
        return role.get();
    }

    /** The caller is deactivated, or their role now is below what the change needs. */
    public static final class RoleNotAllowed extends DomainFailure.Forbidden {
        RoleNotAllowed() {
            super("Your role does not allow this");
        }
    }
}
